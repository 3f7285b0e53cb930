package org.backproplab.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: eight characters that cannot be mistaken for one another when read off a board or
 * typed on a phone (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). 25^8 codes: guessing one is hopeless.
 */
final class JoinCodes {
    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String generate() {
        var sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A code as typed: spaces and dashes dropped, upper-case; anything too long is cut (it cannot match anyway). */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() > 16 ? code.substring(0, 16) : code;
    }
}
