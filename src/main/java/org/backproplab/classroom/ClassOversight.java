package org.backproplab.classroom;

import java.util.UUID;

import org.backproplab.security.StudentOversight;
import org.springframework.stereotype.Component;

/** A teacher teaches a student when they share a class: the rule for resetting the student's password. */
@Component
class ClassOversight implements StudentOversight {
    private final ClassroomRepository classes;

    ClassOversight(ClassroomRepository classes) {
        this.classes = classes;
    }

    @Override
    public boolean teaches(UUID teacherAccountId, UUID studentAccountId) {
        return classes.teachesStudent(teacherAccountId, studentAccountId);
    }
}
