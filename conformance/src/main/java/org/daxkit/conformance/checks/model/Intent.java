package org.daxkit.conformance.checks.model;

/**
 * A step's intent resolved against the model when the step runs: the node id to reboot or the replication
 * factor to ask for. Null from {@link #resolve} when the step cannot change anything (a cluster already at
 * the sequence's node limit, or down to its last node: DAX has no DecreaseReplicationFactor below one).
 */
record Intent(String nodeId, int factor) {
    /** A node id no cluster of the suite ever has (DAX names nodes cluster-a, cluster-b, ...). */
    static final String UNKNOWN_NODE_SUFFIX = "-zz9";

    static Intent resolve(Command c, ClusterState s, String clusterName) {
        if (c instanceof Command.Reboot r) {
            return new Intent(nodeFor(r.nodeIndex(), s, clusterName), 0);
        } else if (c instanceof Command.RebootUnknownNode) {
            return new Intent(clusterName + UNKNOWN_NODE_SUFFIX, 0);
        } else if (c instanceof Command.Increase inc) {
            int factor = Math.min(Math.max(s.size(), 1) + inc.by(), Commands.MAX_NODES);
            return factor <= s.size() ? null : new Intent(null, factor);
        } else if (c instanceof Command.Decrease dec) {
            int factor = Math.max(1, s.size() - dec.by());
            return s.phase() != Phase.GONE && factor >= s.size() ? null : new Intent(null, factor);
        } else if (c instanceof Command.Create create) {
            return new Intent(null, create.replicationFactor());
        }
        return new Intent(null, 0);
    }

    /**
     * Node #index of the cluster, modulo its nodes; while the model does not know the ids (creating, or no
     * cluster) the id DAX's naming gives it.
     */
    private static String nodeFor(int index, ClusterState s, String clusterName) {
        if (!s.ids().isEmpty()) {
            return s.ids().get(index % s.ids().size());
        }
        return clusterName + "-" + (char) ('a' + index % Math.max(1, s.size()));
    }
}
