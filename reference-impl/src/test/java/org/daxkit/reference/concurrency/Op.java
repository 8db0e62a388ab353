package org.daxkit.reference.concurrency;

import java.util.List;
import java.util.Random;

/** One generated cluster operation: its kind, the cluster it names, and its one numeric or node argument. */
record Op(Kind kind, String cluster, int number, String nodeSuffix) {
    enum Kind { CREATE, DELETE, DESCRIBE, REBOOT, INCREASE, DECREASE }

    static Op random(Random random, List<String> clusters) {
        String cluster = clusters.get(random.nextInt(clusters.size()));
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        return switch (kind) {
            case CREATE -> new Op(kind, cluster, 1 + random.nextInt(3), null);
            case INCREASE -> new Op(kind, cluster, 2 + random.nextInt(3), null);
            case DECREASE -> new Op(kind, cluster, 1 + random.nextInt(2), null);
            case REBOOT -> new Op(kind, cluster, 0, String.valueOf((char) ('a' + random.nextInt(4))));
            default -> new Op(kind, cluster, 0, null);
        };
    }

    String nodeId() {
        return cluster + "-" + nodeSuffix;
    }

    @Override
    public String toString() {
        return kind + "(" + cluster + (number > 0 ? ", " + number : "") + (nodeSuffix != null ? ", " + nodeId() : "")
                + ")";
    }
}
