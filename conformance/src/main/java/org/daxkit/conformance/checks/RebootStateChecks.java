package org.daxkit.conformance.checks;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.faults.FaultExpectations;
import org.daxkit.conformance.faults.ListedFault;
import org.daxkit.conformance.shape.PojoDiff;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.observe.RebootObservation;
import org.daxkit.conformance.observe.RebootScenario;
import org.daxkit.conformance.observe.TimedReboot;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.NotVerifiedCause;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * RN-5: the node's state through a reboot (rebooting, then available within the timing profile, nothing
 * else changed), and the implementation choices around it, judged at SHOULD/MAY level only.
 */
public final class RebootStateChecks {
    private static final String REBOOTING = "rebooting";
    private static final int RACE_ATTEMPTS = 3;

    private RebootStateChecks() {
    }

    public static List<Check> all() {
        return List.of(
                Check.of("state.response-shows-rebooting", "RN-5.1", "the RebootNode response shows the node rebooting",
                        RebootStateChecks::responseShowsRebooting),
                Check.of("state.describe-shows-rebooting", "RN-5.2",
                        "DescribeClusters right after RebootNode shows the node rebooting",
                        RebootStateChecks::describeShowsRebooting),
                Check.of("state.available-again", "RN-5.3",
                        "the node is available again within the target's timing profile",
                        RebootStateChecks::availableAgain),
                Check.of("state.cluster-unchanged", "RN-5.4", "after the reboot nothing else in the cluster changed",
                        RebootStateChecks::clusterUnchanged),
                Check.of("state.reboot-while-rebooting", "RN-5.5",
                        "RebootNode on a rebooting node succeeds or fails with InvalidClusterStateFault",
                        RebootStateChecks::rebootWhileRebooting),
                Check.of("state.cluster-status-during-reboot", "RN-5.6",
                        "cluster Status during a reboot is available or modifying",
                        RebootStateChecks::clusterStatusDuringReboot),
                Check.of("state.active-nodes-during-reboot", "RN-5.7",
                        "ActiveNodes during a reboot counts all nodes or the available ones",
                        RebootStateChecks::activeNodesDuringReboot));
    }

    private static CheckVerdict responseShowsRebooting(TargetContext ctx) {
        ctx.requireRebootNode();
        PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
            RebootObservation o = ctx.observations().observe(s);
            Node n = ClusterViews.node(o.rebootCluster(), o.nodeId());
            if (n == null || !REBOOTING.equals(n.nodeStatus())) {
                throw new CheckFailure("the RebootNode response must show node " + o.nodeId() + " with NodeStatus \""
                        + REBOOTING + "\"; got " + (n == null ? "no such node" : "\"" + n.nodeStatus() + "\""),
                        o.reboot().exchange());
            }
        });
        return CheckVerdict.passed();
    }

    private static CheckVerdict describeShowsRebooting(TargetContext ctx) {
        ctx.requireRebootNode();
        long minReboot = ctx.target().timing().minReboot().toMillis();
        AtomicInteger conclusive = new AtomicInteger();
        PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
            RebootObservation o = ctx.observations().observe(s);
            Node n = ClusterViews.node(o.duringCluster(), o.nodeId());
            String status = n == null ? null : n.nodeStatus();
            if (REBOOTING.equals(status)) {
                conclusive.incrementAndGet();
            } else if (!"available".equals(status) || o.millisUntilDescribed() < minReboot) {
                throw new CheckFailure("DescribeClusters " + o.millisUntilDescribed() + " ms after RebootNode must"
                        + " show node " + o.nodeId() + " with NodeStatus \"" + REBOOTING + "\" (a reboot lasts at least "
                        + minReboot + " ms on this target); got " + (n == null ? "no such node"
                        : "\"" + status + "\""), o.during().exchange());
            }
        });
        return conclusive.get() > 0 ? CheckVerdict.passed() : CheckVerdict.notVerified(NotVerifiedCause.RACE, "every reboot was over before"
                + " DescribeClusters answered (reboots last at least " + minReboot + " ms on this target)");
    }

    private static TimedReboot timed(TargetContext ctx) {
        ctx.requireRebootNode();
        return ctx.observations().timed(ctx.target().timing().reboot());
    }

    private static CheckVerdict availableAgain(TargetContext ctx) {
        TimedReboot t = timed(ctx);
        RebootObservation o = t.observation();
        o.requireRebootSucceeded();
        if (t.after() == null) {
            throw t.failure(ctx.target().timing().reboot());
        }
        return CheckVerdict.passed("available again after " + t.waitedMillis() + " ms");
    }

    /** Cluster.ParameterGroup and Node.ParameterGroupStatus: what a reboot is for may change them. */
    private static final Set<String> PARAMETER_STATUS = Set.of("ParameterGroup", "ParameterGroupStatus");

    private static CheckVerdict clusterUnchanged(TargetContext ctx) {
        TimedReboot t = timed(ctx);
        RebootObservation o = t.observation();
        o.requireRebootSucceeded();
        if (t.after() == null) {
            throw t.failure(ctx.target().timing().reboot());
        }
        Cluster before = o.beforeCluster();
        Cluster after = ClusterViews.only(t.after());
        // A reboot applies pending parameter changes (RN-7.2), so parameter status may change; RN-7.x judge it.
        List<String> diff = PojoDiff.differences(before, after, PARAMETER_STATUS);
        if (!diff.isEmpty()) {
            throw new CheckFailure("once node " + o.nodeId() + " is available again the cluster must be as before"
                    + " the reboot; got changes " + diff, t.after().exchange());
        }
        return CheckVerdict.passed();
    }

    /**
     * Only a second RebootNode that provably reached a rebooting node is judged: the first response showed
     * the node rebooting, and the second call was answered sooner than the target's shortest reboot.
     */
    private static CheckVerdict rebootWhileRebooting(TargetContext ctx) {
        ctx.requireRebootNode();
        long minReboot = ctx.target().timing().minReboot().toMillis();
        for (int attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
            ClusterRef c = ctx.clusters().forReboot(1);
            String node = c.nodeToReboot(0);
            ctx.clusters().rebooted(c.name());
            long sent = System.nanoTime();
            Answer<RebootNodeResponse> first = ctx.calls().rebootNode(c.name(), node);
            if (!first.ok()) {
                throw new CheckFailure("RebootNode of node " + node + " of available cluster " + c.name()
                        + " must succeed; got " + first.summary(), first.exchange());
            }
            Node shown = ClusterViews.node(first.response().cluster(), node);
            if (shown == null || !REBOOTING.equals(shown.nodeStatus())) {
                throw new CheckFailure("the RebootNode response must show node " + node + " with NodeStatus \""
                        + REBOOTING + "\"; got " + (shown == null ? "no such node" : "\"" + shown.nodeStatus() + "\""),
                        first.exchange());
            }
            Answer<RebootNodeResponse> second = ctx.retryingCalls().rebootNode(c.name(), node);
            boolean conclusive = (System.nanoTime() - sent) / 1_000_000 < minReboot;
            if (ctx.clusters().canCreate()) {
                ctx.clusters().release(c.name());
            }
            if (conclusive) {
                return judgeSecondReboot(node, second);
            }
        }
        return CheckVerdict.notVerified(NotVerifiedCause.RACE, "the second RebootNode was answered later than the"
                + " target's shortest reboot (" + minReboot + " ms) after the first, " + RACE_ATTEMPTS + " times, so"
                + " the node may no longer have been rebooting");
    }

    private static CheckVerdict judgeSecondReboot(String node, Answer<RebootNodeResponse> second) {
        Exchange e = second.exchange();
        if (second.ok()) {
            Node n = ClusterViews.node(second.response().cluster(), node);
            if (n == null || !REBOOTING.equals(n.nodeStatus())) {
                throw new CheckFailure("a RebootNode of a rebooting node that succeeds must leave it \"" + REBOOTING
                        + "\"; got " + (n == null ? "no such node" : "\"" + n.nodeStatus() + "\""), e);
            }
            return CheckVerdict.passed("the second RebootNode succeeded; the node stays rebooting");
        }
        if (second.isFault(ListedFault.INVALID_CLUSTER_STATE.code())) {
            return CheckVerdict.passed(FaultExpectations.verify(second, ListedFault.INVALID_CLUSTER_STATE,
                    "RebootNode of a rebooting node"));
        }
        throw new CheckFailure("RebootNode of a node that is rebooting may succeed or fail with"
                + " InvalidClusterStateFault, never otherwise; got " + second.summary(), e);
    }

    private static CheckVerdict clusterStatusDuringReboot(TargetContext ctx) {
        Set<String> allowed = Set.of("available", "modifying");
        return duringReboot(ctx, (c, o) -> c.status() != null && allowed.contains(c.status()) ? null
                : "cluster Status during a reboot may be \"available\" or \"modifying\"; got \"" + c.status() + "\"");
    }

    private static CheckVerdict activeNodesDuringReboot(TargetContext ctx) {
        return duringReboot(ctx, (c, o) -> {
            long available = c.hasNodes() ? c.nodes().stream().filter(n -> "available".equals(n.nodeStatus())).count()
                    : 0;
            Integer active = c.activeNodes();
            return active != null && (active.equals(c.totalNodes()) || active == available) ? null
                    : "ActiveNodes during a reboot should equal TotalNodes (" + c.totalNodes()
                    + ") or the number of nodes shown available (" + available + "); got " + active;
        });
    }

    /** A rule on the cluster seen during a reboot: null when fine, else "must ...; got ...". */
    private interface DuringRule {
        String problem(Cluster cluster, RebootObservation o);
    }

    private static CheckVerdict duringReboot(TargetContext ctx, DuringRule rule) {
        ctx.requireRebootNode();
        PropertyChecks.forAll(ctx.properties(), ctx.observations().scenarios(), s -> {
            RebootObservation o = ctx.observations().observe(s);
            String p = rule.problem(o.rebootCluster(), o);
            if (p != null) {
                throw new CheckFailure(p + " in the RebootNode response", o.reboot().exchange());
            }
            p = rule.problem(o.duringCluster(), o);
            if (p != null) {
                throw new CheckFailure(p + " in DescribeClusters right after RebootNode", o.during().exchange());
            }
        });
        return CheckVerdict.passed();
    }
}
