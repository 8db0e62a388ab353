package org.daxkit.reference.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Generated identifiers: endpoint ids, node suffixes, availability zones, stable hex ids. */
public final class Ids {
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {
    }

    /** The six-character id that appears in a cluster's endpoint addresses. */
    public static String endpointId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            id.append(ALPHANUMERIC.charAt(ThreadLocalRandom.current().nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** Node suffixes a, b, ..., z, aa, ab, ... (spreadsheet-column style). */
    public static String nodeSuffix(int index) {
        StringBuilder suffix = new StringBuilder();
        int n = index;
        do {
            suffix.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return suffix.toString();
    }

    /** Zones {@code <region>a}, {@code b}, {@code c}, round-robin. */
    public static String zone(String region, int index) {
        return region + (char) ('a' + index % 3);
    }

    /** A stable lowercase hex string of the given length derived from a seed. */
    public static String hex(String seed, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
