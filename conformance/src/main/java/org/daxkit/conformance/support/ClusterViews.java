package org.daxkit.conformance.support;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.daxkit.conformance.shape.DocumentedValues;
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

    /**
     * Why a DescribeClusters answer polled during a wait cannot mean "not yet", or null when it can: an
     * answer the SDK cannot parse, an error other than throttling and the {@code expected} ones, no cluster,
     * or a cluster or node status outside the documented values.
     */
    public static String brokenWhileWaiting(Answer<DescribeClustersResponse> a, Set<String> expected) {
        if (a.unparseable()) {
            return "DescribeClusters answered " + a.summary();
        }
        if (!a.ok()) {
            return a.throttled() || (a.errorCode() != null && expected.contains(a.errorCode())) ? null : "DescribeClusters answered " + a.summary();
        }
        Cluster c = only(a);
        if (c == null) {
            return "DescribeClusters for one cluster name returned no cluster: " + a.exchange().describeResponse();
        }
        String problem = undocumented("cluster Status", c.status(), DocumentedValues.of("Cluster", "Status"));
        if (problem == null && c.hasNodes()) {
            for (Node n : c.nodes()) {
                problem = undocumented("NodeStatus of node " + n.nodeId(), n.nodeStatus(),
                        DocumentedValues.of("Node", "NodeStatus"));
                if (problem != null) {
                    break;
                }
            }
        }
        return problem == null ? null : problem + " in " + describe(c);
    }

    private static String undocumented(String what, String value, Set<String> documented) {
        if (value == null) {
            return "no " + what;
        }
        return documented.contains(value) ? null : what + " \"" + value + "\", which is none of the documented"
                + " values " + new TreeSet<>(documented);
    }

    public static boolean settledAvailable(Cluster c) {
        return c != null && "available".equals(c.status()) && c.hasNodes() && !c.nodes().isEmpty()
                && c.nodes().stream().allMatch(n -> "available".equals(n.nodeStatus()));
    }
}
