package org.backproplab.security;

import java.util.UUID;

/**
 * Whether a teacher teaches a student (in a class they share), asked before a teacher resets that
 * student's password. Classes provide it; accounts do not know about classes.
 */
public interface StudentOversight {
    boolean teaches(UUID teacherAccountId, UUID studentAccountId);
}
