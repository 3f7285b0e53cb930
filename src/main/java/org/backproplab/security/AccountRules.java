package org.backproplab.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a user name, a display name and a password must be. Each check returns the message to show
 * next to the field, or nothing when the value is fine; views and services ask the same rules.
 */
public final class AccountRules {
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 40;
    public static final int DISPLAY_NAME_MAX = 80;
    public static final int PASSWORD_MIN = 10;
    /** bcrypt reads 72 bytes at most and Spring refuses longer ones: 64 characters leave room for most scripts. */
    public static final int PASSWORD_MAX = 64;
    private static final int BCRYPT_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Set<String> COMMON = commonPasswords();

    private AccountRules() {
    }

    /** A user name as stored: without surrounding spaces, lower-case. */
    public static String normalizeUsername(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> usernameProblem(String raw) {
        String name = normalizeUsername(raw);
        if (name.length() < USERNAME_MIN || name.length() > USERNAME_MAX) {
            return Optional.of("A user name has " + USERNAME_MIN + " to " + USERNAME_MAX + " characters.");
        }
        if (!USERNAME.matcher(name).matches()) {
            return Optional.of("Use only the letters a to z, digits, dots, dashes and underscores, starting with a letter or digit.");
        }
        return Optional.empty();
    }

    public static String normalizeDisplayName(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }

    public static Optional<String> displayNameProblem(String raw) {
        String name = normalizeDisplayName(raw);
        if (name.isEmpty()) {
            return Optional.of("Enter the name others in your class will see.");
        }
        if (name.length() > DISPLAY_NAME_MAX) {
            return Optional.of("A name has at most " + DISPLAY_NAME_MAX + " characters (this one has " + name.length() + ").");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("A name cannot contain control characters.");
        }
        return Optional.empty();
    }

    /** The password rules: long enough, not too long for bcrypt, not a well-known one, not the user name. */
    public static Optional<String> passwordProblem(String password, String username) {
        if (password == null || password.length() < PASSWORD_MIN) {
            return Optional.of("A password has at least " + PASSWORD_MIN + " characters.");
        }
        if (password.length() > PASSWORD_MAX || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
            return Optional.of("A password has at most " + PASSWORD_MAX + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is on the list of the most common ones: choose another.");
        }
        if (!normalizeUsername(username).isEmpty() && lower.contains(normalizeUsername(username))) {
            return Optional.of("A password must not contain the user name.");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("This password repeats too few characters: choose another.");
        }
        return Optional.empty();
    }

    private static Set<String> commonPasswords() {
        var in = AccountRules.class.getResourceAsStream("/security/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("security/common-passwords.txt is missing from the jar");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
