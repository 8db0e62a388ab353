package org.daxkit.conformance.checks;

import java.util.List;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.outcome.CheckFailure.Step;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.waits.WaitFailed;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.Exchange;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * RN-7.2: a reboot applies a node's pending parameters. The suite puts a fresh one-node cluster's node into
 * pending-reboot, the way the target declares: the control API's hook (pendingReboot), or UpdateCluster with
 * another parameter group (parameterGroupChange, the reference's documented choice). It reboots the node,
 * waits for it, and expects the node out of NodeIdsToReboot, in sync, and the group in sync.
 */
final class PendingParameters {
    private static final String PENDING = "pending-reboot";
    private static final String IN_SYNC = "in-sync";

    private PendingParameters() {
    }

    static CheckVerdict appliedByReboot(TargetContext ctx) {
        ctx.requireRebootNode();
        boolean hook = ctx.target().has(Capability.PENDING_REBOOT) && ctx.target().control().isPresent();
        boolean change = ctx.target().has(Capability.PARAMETER_GROUP_CHANGE);
        if (!hook && !change) {
            throw CheckAborted.missing(Capability.PENDING_REBOOT, "to put a node's parameters into pending-reboot");
        }
        if (!ctx.clusters().canCreate()) {
            throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "a fresh cluster's parameters are changed");
        }
        ClusterRef c = ctx.clusters().createAvailable(1);
        String node = c.nodeIds().get(0);
        String group = null;
        try {
            if (hook) {
                ctx.target().control().get().pendingReboot(c.name());
            } else {
                group = changeParameterGroup(ctx, c.name());
            }
            requirePending(ctx, c.name(), node, hook);
            ctx.clusters().rebooted(c.name());
            Answer<RebootNodeResponse> reboot = ctx.calls().rebootNode(c.name(), node);
            if (!reboot.ok()) {
                throw new CheckFailure("RebootNode of node " + node + " with pending parameters must succeed; got "
                        + reboot.summary(), reboot.exchange());
            }
            Cluster after = settled(ctx, c.name(), node);
            requireApplied(after, node, ctx.recorder().last());
            return CheckVerdict.passed(hook ? "pending state set through the control API"
                    : "pending state set through UpdateCluster with parameter group " + group);
        } finally {
            if (group != null) {
                releaseGroup(ctx, c.name(), group);
            } else {
                ctx.clusters().release(c.name());
            }
        }
    }

    private static String changeParameterGroup(TargetContext ctx, String cluster) {
        String group = ctx.names().fresh();
        Answer<?> created = ctx.calls().createParameterGroup(group);
        if (!created.ok()) {
            throw new CheckFailure(Step.SETUP, "CreateParameterGroup " + group + " must succeed; got "
                    + created.summary(), created.exchange());
        }
        Answer<?> updated = ctx.calls().changeParameterGroup(cluster, group);
        if (!updated.ok()) {
            throw new CheckFailure(Step.SETUP, "UpdateCluster of available cluster " + cluster + " with"
                    + " ParameterGroupName " + group + " must succeed; got " + updated.summary(), updated.exchange());
        }
        return group;
    }

    /** The target shows the state it was asked for: the node listed to reboot, everything pending. */
    private static void requirePending(TargetContext ctx, String cluster, String node, boolean hook) {
        Cluster c = settled(ctx, cluster, null);
        Exchange e = ctx.recorder().last();
        String how = hook ? "the control API's pending-reboot hook" : "UpdateCluster with another ParameterGroupName"
                + " (the target declares parameterGroupChange)";
        Node n = ClusterViews.node(c, node);
        List<String> toReboot = toReboot(c);
        if (c.parameterGroup() == null || !PENDING.equals(c.parameterGroup().parameterApplyStatus())
                || !toReboot.contains(node) || n == null || !PENDING.equals(n.parameterGroupStatus())) {
            throw new CheckFailure(Step.SETUP, "after " + how + ", cluster " + cluster + " must show node " + node
                    + " in NodeIdsToReboot, with ParameterGroupStatus and ParameterApplyStatus \"pending-reboot\"; got"
                    + " ParameterApplyStatus " + RebootPurposeChecks.quote(c.parameterGroup() == null ? null
                    : c.parameterGroup().parameterApplyStatus()) + ", NodeIdsToReboot " + toReboot
                    + ", ParameterGroupStatus " + RebootPurposeChecks.quote(n == null ? null : n.parameterGroupStatus()),
                    e);
        }
    }

    private static void requireApplied(Cluster c, String node, Exchange e) {
        Node n = ClusterViews.node(c, node);
        List<String> toReboot = toReboot(c);
        if (toReboot.contains(node) || n == null || !IN_SYNC.equals(n.parameterGroupStatus())) {
            throw new CheckFailure("once the reboot of node " + node + " has completed, the node should have left"
                    + " NodeIdsToReboot and show ParameterGroupStatus \"in-sync\"; got NodeIdsToReboot " + toReboot
                    + " and ParameterGroupStatus " + RebootPurposeChecks.quote(n == null ? null
                    : n.parameterGroupStatus()), e);
        }
        if (toReboot.isEmpty() && (c.parameterGroup() == null || !IN_SYNC.equals(c.parameterGroup()
                .parameterApplyStatus()))) {
            throw new CheckFailure("once no node is left to reboot, ParameterApplyStatus should be \"in-sync\"; got "
                    + RebootPurposeChecks.quote(c.parameterGroup() == null ? null
                    : c.parameterGroup().parameterApplyStatus()), e);
        }
    }

    private static List<String> toReboot(Cluster c) {
        return c.parameterGroup() != null && c.parameterGroup().hasNodeIdsToReboot()
                ? c.parameterGroup().nodeIdsToReboot() : List.of();
    }

    /** The cluster once available again (after a change or a reboot of {@code rebooted}). */
    private static Cluster settled(TargetContext ctx, String cluster, String rebooted) {
        try {
            return rebooted == null
                    ? ctx.clusters().awaitAvailable(cluster, ctx.target().timing().modify()).snapshot()
                    : ctx.clusters().awaitAvailableAfterReboot(cluster, ctx.target().timing().reboot()).snapshot();
        } catch (WaitFailed e) {
            throw e.toFailure(rebooted == null ? Step.SETUP : Step.WAIT, "cluster " + cluster + " must be available"
                    + " again (every node available) within the target's timeouts"
                    + (rebooted == null ? "" : " after the reboot of node " + rebooted));
        }
    }

    /** A group in use cannot be deleted: the cluster goes first. Failures here only leave a group behind. */
    private static void releaseGroup(TargetContext ctx, String cluster, String group) {
        ctx.clusters().release(cluster);
        try {
            ctx.clusters().awaitGone(cluster);
            ctx.calls().deleteParameterGroup(group);
        } catch (WaitFailed | CheckAborted e) {
            // The run's cleanup deletes the cluster; the group stays, named after the run's prefix.
        }
    }
}
