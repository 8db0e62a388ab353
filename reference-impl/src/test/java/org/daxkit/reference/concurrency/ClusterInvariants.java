package org.daxkit.reference.concurrency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;

/** What every cluster answer must satisfy, whatever else is happening concurrently. */
final class ClusterInvariants {
    private static final Set<String> STATUSES = Set.of("creating", "available", "modifying", "deleting");

    private ClusterInvariants() {
    }

    /** The broken invariants of this cluster, described; empty when all hold. */
    static List<String> violations(Cluster cluster) {
        List<String> broken = new ArrayList<>();
        String name = cluster.clusterName();
        if (!STATUSES.contains(cluster.status())) {
            broken.add(name + ": unknown status " + cluster.status());
        }
        if (cluster.totalNodes() == null || cluster.activeNodes() == null) {
            broken.add(name + ": TotalNodes or ActiveNodes missing");
            return broken;
        }
        if (cluster.activeNodes() > cluster.totalNodes() || cluster.activeNodes() < 0) {
            broken.add(name + ": ActiveNodes " + cluster.activeNodes() + " not within 0..TotalNodes "
                    + cluster.totalNodes());
        }
        if (!cluster.hasNodes()) {
            return broken; // creating or deleting: only cluster-level data is shown
        }
        List<Node> nodes = cluster.nodes();
        if (cluster.totalNodes() != nodes.size()) {
            broken.add(name + ": TotalNodes " + cluster.totalNodes() + " but " + nodes.size() + " nodes listed");
        }
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.nodeId())) {
                broken.add(name + ": node id " + node.nodeId() + " listed twice");
            }
            if (!node.nodeId().startsWith(name + "-")) {
                broken.add(name + ": node id " + node.nodeId() + " does not belong to the cluster");
            }
        }
        long available = nodes.stream().filter(n -> "available".equals(n.nodeStatus())).count();
        if (cluster.activeNodes() != available) {
            broken.add(name + ": ActiveNodes " + cluster.activeNodes() + " but " + available + " nodes available");
        }
        if (!ids.containsAll(cluster.nodeIdsToRemove())) {
            broken.add(name + ": NodeIdsToRemove " + cluster.nodeIdsToRemove() + " names nodes not listed " + ids);
        }
        return broken;
    }
}
