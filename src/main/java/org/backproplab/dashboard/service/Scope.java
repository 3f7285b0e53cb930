package org.backproplab.dashboard.service;

import java.util.UUID;

/**
 * Whose attempts a query may read, as a sub-query of learner ids: the members of one class, or the
 * members of every class a teacher teaches. Every dashboard query filters by one, on the server.
 */
record Scope(String learners, UUID param) {

    static Scope ofClass(UUID classId) {
        return new Scope("SELECT ac.learner_id FROM class_member cm JOIN account ac ON ac.id = cm.account_id "
                + "WHERE cm.class_id = ?", classId);
    }

    static Scope taughtBy(UUID teacherAccountId) {
        return new Scope("SELECT ac.learner_id FROM class_teacher ct JOIN class_member cm ON cm.class_id = ct.class_id "
                + "JOIN account ac ON ac.id = cm.account_id WHERE ct.account_id = ?", teacherAccountId);
    }
}
