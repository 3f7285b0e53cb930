package org.backproplab.security;

import java.security.SecureRandom;

/** Random passwords to hand over once (a new teacher, a reset, the first admin): no look-alike characters. */
final class OneTimePasswords {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        var sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
