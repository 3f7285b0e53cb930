package org.backproplab.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backproplab.security.AccountRecords;
import org.springframework.stereotype.Component;

/** An account's classes, for "download my data": those it is a student in and those it teaches. */
@Component
class ClassRecords implements AccountRecords {
    private final ClassroomRepository classes;

    ClassRecords(ClassroomRepository classes) {
        this.classes = classes;
    }

    @Override
    public Map<String, Object> export(UUID accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SchoolClass c : classes.memberOf(accountId)) {
            Map<String, Object> row = row(c, "student");
            row.put("teachers", classes.teacherNames(c.id()));
            row.put("assignments", assignments(c));
            rows.add(row);
        }
        for (SchoolClass c : classes.taughtBy(accountId)) {
            Map<String, Object> row = row(c, "teacher");
            row.put("archived", c.archived());
            row.put("students", classes.memberCount(c.id()));
            row.put("assignments", assignments(c));
            rows.add(row);
        }
        return Map.of("classes", rows);
    }

    private static Map<String, Object> row(SchoolClass c, String as) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("class", c.name());
        row.put("as", as);
        return row;
    }

    private List<Map<String, Object>> assignments(SchoolClass c) {
        return classes.assignmentsOfClass(c.id()).stream().map(ClassRecords::assignment).toList();
    }

    private static Map<String, Object> assignment(Assignment a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", a.title());
        row.put("due", a.dueAt() == null ? null : a.dueAt().toString());
        return row;
    }
}
