package org.daxkit.conformance.checks;

import java.util.List;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.faults.FaultExpectations;
import org.daxkit.conformance.faults.ListedFault;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.reports.model.NotVerifiedCause;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * RN-3.3 to RN-3.5: RebootNode while the cluster is creating, modifying or deleting. A race with the
 * transition is not held against the target: only an answer given while DescribeClusters still shows the
 * state afterwards is judged; three lost races give NOT_VERIFIED.
 */
public final class InvalidStateChecks {
    private static final int ATTEMPTS = 3;

    private InvalidStateChecks() {
    }

    /** Puts a fresh cluster into the state and names the node to reboot. */
    private interface Setup {
        Subject start(TargetContext ctx);
    }

    private record Subject(String cluster, String nodeId) {
    }

    public static List<Check> all() {
        return List.of(
                check("fault.invalid-state.creating", "RN-3.3", "creating", InvalidStateChecks::creating),
                check("fault.invalid-state.modifying", "RN-3.4", "modifying", InvalidStateChecks::modifying),
                check("fault.invalid-state.deleting", "RN-3.5", "deleting", InvalidStateChecks::deleting));
    }

    private static Check check(String id, String clause, String state, Setup setup) {
        return Check.forFault(id, clause, "RebootNode while the cluster is " + state
                        + " fails with InvalidClusterStateFault", ListedFault.INVALID_CLUSTER_STATE.code(),
                ctx -> {
                    ctx.requireRebootNode();
                    if (!ctx.clusters().canCreate()) {
                        throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "to put a cluster into " + state);
                    }
                    for (int i = 0; i < ATTEMPTS; i++) {
                        Subject s = setup.start(ctx);
                        try {
                            CheckVerdict v = judge(ctx, s, state);
                            if (v != null) {
                                return v;
                            }
                        } finally {
                            ctx.clusters().release(s.cluster());
                        }
                    }
                    return CheckVerdict.notVerified(NotVerifiedCause.RACE, "the cluster left the " + state + " state before"
                            + " RebootNode could be judged, " + ATTEMPTS + " times; give the target longer transitions");
                });
    }

    /** The verdict on one attempt, or null when the race with the transition was lost. */
    private static CheckVerdict judge(TargetContext ctx, Subject s, String state) {
        Answer<RebootNodeResponse> a = ctx.retryingCalls().rebootNode(s.cluster(), s.nodeId());
        String situation = "RebootNode of node " + s.nodeId() + " while cluster " + s.cluster() + " is " + state;
        if (a.isFault(ListedFault.INVALID_CLUSTER_STATE.code())) {
            return CheckVerdict.passed(FaultExpectations.verify(a, ListedFault.INVALID_CLUSTER_STATE, situation));
        }
        Cluster after = ctx.clusters().describe(s.cluster());
        if (after != null && state.equals(after.status())) {
            FaultExpectations.verify(a, ListedFault.INVALID_CLUSTER_STATE, situation);
        }
        return null;
    }

    /** A node id while creating: DAX names nodes {@code <cluster>-a}, {@code -b}, ... and nodes are not listed yet. */
    private static Subject creating(TargetContext ctx) {
        String name = ctx.clusters().startCreating(1);
        return new Subject(name, name + "-a");
    }

    private static Subject modifying(TargetContext ctx) {
        ClusterRef c = ctx.clusters().createAvailable(3);
        ctx.clusters().growing(c.name(), 4);
        Answer<?> a = ctx.calls().increaseReplicationFactor(c.name(), 4);
        if (!a.ok()) {
            throw new CheckFailure(CheckFailure.Step.SETUP, "IncreaseReplicationFactor of available cluster " + c.name()
                    + " to 4 must succeed; got " + a.summary(), a.exchange());
        }
        return new Subject(c.name(), c.nodeIds().get(0));
    }

    private static Subject deleting(TargetContext ctx) {
        ClusterRef c = ctx.clusters().createAvailable(1);
        Answer<?> a = ctx.calls().deleteCluster(c.name());
        if (!a.ok()) {
            throw new CheckFailure(CheckFailure.Step.SETUP, "DeleteCluster of available cluster " + c.name()
                    + " must succeed; got " + a.summary(), a.exchange());
        }
        return new Subject(c.name(), c.nodeIds().get(0));
    }
}
