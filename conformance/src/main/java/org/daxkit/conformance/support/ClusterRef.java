package org.daxkit.conformance.support;

import java.util.List;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;

/**
 * A cluster the suite may use, as DescribeClusters last showed it (available, every node available).
 * For a configured existing cluster, {@code configuredNode} is the only node the suite reboots.
 */
public record ClusterRef(String name, Cluster snapshot, String configuredNode) {

    public List<String> nodeIds() {
        return snapshot.nodes().stream().map(Node::nodeId).toList();
    }

    /** The node to reboot for a generated index: the configured node, else node #index (modulo the size). */
    public String nodeToReboot(int index) {
        if (configuredNode != null) {
            return configuredNode;
        }
        List<String> ids = nodeIds();
        return ids.get(index % ids.size());
    }
}
