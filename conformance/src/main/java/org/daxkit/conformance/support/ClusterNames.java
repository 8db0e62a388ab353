package org.daxkit.conformance.support;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Fresh cluster names: a random run prefix and a counter, so no two attempts of any run share a name and a
 * remote target's leftovers never change an outcome. Names obey DAX's rules (1-20 letters, digits, hyphens;
 * first a letter; no trailing or doubled hyphen) and are lowercase, as DAX stores them.
 */
public final class ClusterNames {
    public static final int MAX_LENGTH = 20;
    private static final Pattern VALID = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,19}");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final String prefix;
    private final AtomicInteger counter = new AtomicInteger();

    public ClusterNames() {
        this(randomPrefix());
    }

    public ClusterNames(String prefix) {
        if (!isValid(prefix) || prefix.length() > 8) {
            throw new IllegalArgumentException("prefix must be a valid cluster name of at most 8 chars: " + prefix);
        }
        this.prefix = prefix;
    }

    /** e.g. "cfk3x9a": "cf" marks the suite's clusters, five random characters mark the run. */
    private static String randomPrefix() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder("cf");
        for (int i = 0; i < 5; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public String prefix() {
        return prefix;
    }

    /** A name never used before in this run, at most 13 characters long (room for a generated tail). */
    public String fresh() {
        return prefix + "-" + Integer.toString(counter.incrementAndGet(), 36);
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && VALID.matcher(name).matches();
    }
}
