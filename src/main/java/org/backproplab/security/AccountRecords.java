package org.backproplab.security;

import java.util.Map;
import java.util.UUID;

/**
 * What another feature keeps about an account (not about its learner), for "download my data".
 * Classes provide their memberships; accounts do not know about classes.
 */
public interface AccountRecords {
    /** Sections of the download, by name. */
    Map<String, Object> export(UUID accountId);
}
