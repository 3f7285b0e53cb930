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

    public static String log(Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        LOG.error("Incident {}", code, error);
        return code;
    }
}
