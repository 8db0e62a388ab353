package org.daxkit.reference.state;

import java.time.Instant;
import java.util.Iterator;

/** Completes pending transitions whose due time has come; events carry the due time as their date. */
final class Transitions {
    private Transitions() {
    }

    /** Applies every transition due at or before {@code now}; returns how many completed. */
    static int applyDue(State state, Instant now) {
        int completed = 0;
        Iterator<Cluster> clusters = state.clusters.values().iterator();
        while (clusters.hasNext()) {
            Cluster cluster = clusters.next();
            completed += completeDueNodes(state, cluster, now);
            Instant due = cluster.statusDueAt();
            if (due == null || due.isAfter(now)) {
                continue;
            }
            completed++;
            switch (cluster.status()) {
                case Cluster.CREATING -> {
                    cluster.setStatus(Cluster.AVAILABLE, null);
                    state.addEvent(cluster.name(), Event.SourceType.CLUSTER, EventMessages.CLUSTER_CREATED, due);
                }
                case Cluster.MODIFYING -> finishModify(state, cluster, due);
                case Cluster.DELETING -> {
                    clusters.remove();
                    // As the describe-events example shows a deletion: each node removed, then the cluster.
                    for (Node node : cluster.nodes()) {
                        state.addEvent(cluster.name(), Event.SourceType.CLUSTER,
                                EventMessages.removedNode(node.id()), due);
                    }
                    state.addEvent(cluster.name(), Event.SourceType.CLUSTER, EventMessages.CLUSTER_DELETED, due);
                }
                default -> cluster.setStatus(cluster.status(), null);
            }
        }
        return completed;
    }

    /** Makes everything pending due now, then applies it. */
    static int completeAll(State state, Instant now) {
        for (Cluster cluster : state.clusters.values()) {
            if (cluster.statusDueAt() != null) {
                cluster.setStatus(cluster.status(), now);
            }
            for (Node node : cluster.nodes()) {
                if (node.dueAt() != null) {
                    node.setStatus(node.status(), now);
                }
            }
        }
        return applyDue(state, now);
    }

    private static int completeDueNodes(State state, Cluster cluster, Instant now) {
        int completed = 0;
        for (Node node : cluster.nodes()) {
            Instant due = node.dueAt();
            if (due == null || due.isAfter(now)) {
                continue;
            }
            completed++;
            if (Node.REBOOTING.equals(node.status())) {
                // The new parameter values take effect when the engine restarts.
                cluster.nodeIdsToReboot().remove(node.id());
                state.addEvent(cluster.name(), Event.SourceType.CLUSTER, EventMessages.nodeRebooted(node.id()), due);
            } else if (Node.CREATING.equals(node.status()) && Cluster.MODIFYING.equals(cluster.status())) {
                state.addEvent(cluster.name(), Event.SourceType.CLUSTER, EventMessages.addedNode(node.id()), due);
            }
            node.setStatus(Node.AVAILABLE, null);
        }
        return completed;
    }

    private static void finishModify(State state, Cluster cluster, Instant due) {
        for (String removed : cluster.nodeIdsToRemove()) {
            state.addEvent(cluster.name(), Event.SourceType.CLUSTER, EventMessages.removedNode(removed), due);
        }
        cluster.nodes().removeIf(n -> cluster.nodeIdsToRemove().contains(n.id()));
        cluster.nodeIdsToReboot().removeAll(cluster.nodeIdsToRemove());
        cluster.nodeIdsToRemove().clear();
        cluster.setStatus(Cluster.AVAILABLE, null);
    }
}
