package org.daxkit.conformance.support;

import java.util.stream.Collectors;
import org.daxkit.conformance.wire.Answer;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.Node;

/** Short descriptions of clusters and DescribeClusters answers for messages. */
public final class ClusterViews {
    private ClusterViews() {
    }

    public static String describe(Cluster c) {
        if (c == null) {
            return "no cluster";
        }
        String nodes = !c.hasNodes() ? "none" : c.nodes().stream()
                .map(n -> n.nodeId() + ":" + n.nodeStatus()).collect(Collectors.joining(", ", "[", "]"));
        return "status=" + c.status() + ", TotalNodes=" + c.totalNodes() + ", ActiveNodes=" + c.activeNodes()
                + ", nodes=" + nodes;
    }

    public static String describe(Answer<DescribeClustersResponse> a) {
        if (!a.ok()) {
            return "DescribeClusters answered " + a.summary();
        }
        Cluster c = only(a);
        return c == null ? "DescribeClusters returned no cluster" : describe(c);
    }

    /** The single cluster a DescribeClusters for one name returned, or null. */
    public static Cluster only(Answer<DescribeClustersResponse> a) {
        if (!a.ok() || !a.response().hasClusters() || a.response().clusters().isEmpty()) {
            return null;
        }
        return a.response().clusters().get(0);
    }

    public static Node node(Cluster c, String nodeId) {
        if (c == null || !c.hasNodes()) {
            return null;
        }
        return c.nodes().stream().filter(n -> nodeId.equals(n.nodeId())).findFirst().orElse(null);
    }

    public static boolean settledAvailable(Cluster c) {
        return c != null && "available".equals(c.status()) && c.hasNodes() && !c.nodes().isEmpty()
                && c.nodes().stream().allMatch(n -> "available".equals(n.nodeStatus()));
    }
}
