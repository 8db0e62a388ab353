package org.daxkit.conformance.observe;

import org.daxkit.conformance.waits.WaitFailed;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.fixtures.Clusters;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.DaxCalls;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * Performs generated reboots and remembers each one, so the invariant checks (which all look at the
 * same kind of reboot) share observations instead of each rebooting its own clusters. Every scenario
 * runs on a fresh cluster where the target can create them. On a configured existing cluster the scenario
 * cannot vary, so one reboot of the configured node, followed until it is available again, serves them all.
 */
public final class RebootObservations {
    /** The scenario every observation on a configured existing cluster stands for. */
    public static final RebootScenario EXISTING = new RebootScenario(1, 0);

    private final DaxCalls calls;
    private final Clusters clusters;
    private final Map<RebootScenario, RebootObservation> seen = new HashMap<>();
    private TimedReboot timed;

    public RebootObservations(DaxCalls calls, Clusters clusters) {
        this.calls = calls;
        this.clusters = clusters;
    }

    /** The reboots to generate: every scenario on fresh clusters; the one shared reboot on a configured one. */
    public Gen<RebootScenario> scenarios() {
        return clusters.existingOnly() ? Generate.constant(EXISTING) : RebootScenario.generator();
    }

    public synchronized RebootObservation observe(RebootScenario scenario) {
        RebootScenario key = clusters.existingOnly() ? EXISTING : scenario;
        RebootObservation cached = seen.get(key);
        if (cached != null) {
            return cached;
        }
        RebootObservation fresh = reboot(key, clusters.forReboot(key.replicationFactor()));
        seen.put(key, fresh);
        if (clusters.existingOnly()) {
            timed = follow(fresh, clusters.target().timing().reboot());
        } else {
            clusters.noLongerNeeded(fresh.clusterName()); // what the checks look at is recorded in the observation
        }
        return fresh;
    }

    /**
     * One reboot (node #1 of a fresh three-node cluster) followed in real time until the node is available
     * again or {@code timeout} passes. Done once per run; the state checks share it. On a configured existing
     * cluster it is the one shared reboot.
     */
    public synchronized TimedReboot timed(Duration timeout) {
        if (clusters.existingOnly()) {
            observe(EXISTING);
        }
        if (timed == null) {
            timed = follow(reboot(new RebootScenario(3, 1), clusters.forReboot(3)), timeout);
        }
        return timed;
    }

    private TimedReboot follow(RebootObservation o, Duration timeout) {
        if (!o.reboot().ok()) {
            return new TimedReboot(o, null, 0, null);
        }
        long start = o.sentNanos();
        try {
            Answer<DescribeClustersResponse> after = clusters.waits().until("node " + o.nodeId() + " of cluster "
                            + o.clusterName() + " to be available again", timeout,
                    () -> calls.describeCluster(o.clusterName()),
                    a -> ClusterViews.brokenWhileWaiting(a, Set.of()),
                    a -> nodeAvailable(a, o.nodeId()), a -> nodeStatus(a, o.nodeId()));
            return new TimedReboot(o, after, (System.nanoTime() - start) / 1_000_000, null);
        } catch (WaitFailed e) {
            TimedReboot t = new TimedReboot(o, null, (System.nanoTime() - start) / 1_000_000, e.getMessage());
            clusters.failedToSettle(t.failure(timeout));
            return t;
        }
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
        Instant sentAt = Instant.now();
        clusters.rebooted(cluster.name());
        Answer<RebootNodeResponse> reboot = calls.rebootNode(cluster.name(), nodeId);
        Answer<DescribeClustersResponse> during = calls.describeCluster(cluster.name());
        long described = (System.nanoTime() - sent) / 1_000_000;
        return new RebootObservation(scenario, cluster.name(), nodeId, before, reboot, during, described, sent,
                sentAt);
    }

    /** Turns a reboot that never completed into the failure of a wait after the suite's own call. */
    static CheckFailure failure(TimedReboot t, Duration timeout) {
        RebootObservation o = t.observation();
        return new CheckFailure(CheckFailure.Step.WAIT, "after RebootNode, node " + o.nodeId() + " of cluster "
                + o.clusterName() + " must be available again within the target's reboot timeout ("
                + timeout.toMillis() + " ms); " + t.lastSeen(), o.reboot().exchange());
    }
}
