package org.backproplab.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an unexpected failure under a short code that a learner can quote and an operator can grep. */
public final class Incidents {
    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    /**
     * Whether the failure is only the browser having gone away while the answer was being written
     * (a tab closed, a network dropped): nothing failed in the app, so it is no incident.
     */
    public static boolean clientWentAway(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
            if (t instanceof java.io.IOException && t.getMessage() != null
                    && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Connection reset by peer"))) {
                return true;
            }
        }
        return false;
    }

    public static String log(Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        LOG.error("Incident {}", code, error);
        return code;
    }
}
