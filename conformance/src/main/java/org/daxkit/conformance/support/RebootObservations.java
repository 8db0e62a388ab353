package org.daxkit.conformance.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.DaxCalls;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * Performs generated reboots and remembers each one, so the invariant checks (which all look at the
 * same kind of reboot) share observations instead of each rebooting its own clusters. Every scenario
 * runs on a fresh cluster where the target can create them.
 */
public final class RebootObservations {
    private final DaxCalls calls;
    private final Clusters clusters;
    private final Map<RebootScenario, RebootObservation> seen = new HashMap<>();
    private TimedReboot timed;

    public RebootObservations(DaxCalls calls, Clusters clusters) {
        this.calls = calls;
        this.clusters = clusters;
    }

    public synchronized RebootObservation observe(RebootScenario scenario) {
        RebootObservation cached = seen.get(scenario);
        if (cached != null) {
            return cached;
        }
        RebootObservation fresh = reboot(scenario, clusters.forReboot(scenario.replicationFactor()));
        seen.put(scenario, fresh);
        return fresh;
    }

    /**
     * One reboot (node #1 of a fresh three-node cluster) followed in real time until the node is available
     * again or {@code timeout} passes. Done once per run; the state checks share it.
     */
    public synchronized TimedReboot timed(Duration timeout) {
        if (timed != null) {
            return timed;
        }
        RebootObservation o = reboot(new RebootScenario(3, 1), clusters.forReboot(3));
        long start = System.nanoTime();
        if (!o.reboot().ok()) {
            timed = new TimedReboot(o, null, 0, null);
            return timed;
        }
        try {
            Answer<DescribeClustersResponse> after = Await.until("node " + o.nodeId() + " of cluster "
                    + o.clusterName() + " becoming available again", timeout,
                    () -> calls.describeCluster(o.clusterName()),
                    a -> nodeAvailable(a, o.nodeId()), a -> nodeStatus(a, o.nodeId()));
            timed = new TimedReboot(o, after, (System.nanoTime() - start) / 1_000_000, null);
        } catch (AwaitTimeout e) {
            timed = new TimedReboot(o, null, e.waitedMillis(), e.lastSeen());
        }
        return timed;
    }

    private static boolean nodeAvailable(Answer<DescribeClustersResponse> a, String nodeId) {
        Node n = ClusterViews.node(ClusterViews.only(a), nodeId);
        return n != null && "available".equals(n.nodeStatus());
    }

    private static String nodeStatus(Answer<DescribeClustersResponse> a, String nodeId) {
        Node n = ClusterViews.node(ClusterViews.only(a), nodeId);
        return n == null ? ClusterViews.describe(a) : "NodeStatus=" + n.nodeStatus() + " (" + ClusterViews.describe(a)
                + ")";
    }

    /** Reboots node #nodeIndex (modulo the cluster's size) of an available cluster, recording around it. */
    public RebootObservation reboot(RebootScenario scenario, ClusterRef cluster) {
        String nodeId = cluster.nodeToReboot(scenario.nodeIndex());
        Answer<DescribeClustersResponse> before = calls.describeCluster(cluster.name());
        long sent = System.nanoTime();
        Answer<RebootNodeResponse> reboot = calls.rebootNode(cluster.name(), nodeId);
        Answer<DescribeClustersResponse> during = calls.describeCluster(cluster.name());
        long described = (System.nanoTime() - sent) / 1_000_000;
        return new RebootObservation(scenario, cluster.name(), nodeId, before, reboot, during, described);
    }
}
