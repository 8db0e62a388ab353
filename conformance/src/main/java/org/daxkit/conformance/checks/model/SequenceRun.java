package org.daxkit.conformance.checks.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.shape.ResponseShapes;
import org.daxkit.conformance.shape.ShapeProblem;
import org.daxkit.conformance.waits.WaitFailed;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.Exchange;
import org.daxkit.reports.model.NotVerifiedCause;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.CreateClusterResponse;
import software.amazon.awssdk.services.dax.model.DecreaseReplicationFactorResponse;
import software.amazon.awssdk.services.dax.model.DeleteClusterResponse;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.IncreaseReplicationFactorResponse;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * Runs one scenario against the target and the model side by side. Each step is sent as soon as the one
 * before it was answered (no waiting for clusters to settle, except in Settle steps); its answer must be
 * the one the model predicts, the cluster in a success response and every slot's cluster after the step
 * must be in a state the model allows. Slots get fresh names per attempt.
 */
final class SequenceRun {
    private static final List<String> QUOTA_FAULTS = List.of("NodeQuotaForCustomerExceededFault",
            "ClusterQuotaForCustomerExceededFault", "InsufficientClusterCapacityFault");

    private final TargetContext ctx;
    private final Scenario scenario;
    private final SequenceTally tally;
    private final String[] names = new String[Commands.SLOTS];
    private final DaxModel model = new DaxModel();
    private String where;

    SequenceRun(TargetContext ctx, Scenario scenario, SequenceTally tally) {
        this.ctx = ctx;
        this.scenario = scenario;
        this.tally = tally;
        for (int i = 0; i < names.length; i++) {
            names[i] = ctx.names().fresh();
        }
    }

    void run() {
        tally.sequence();
        where = "creating the slots' clusters (" + scenario.setup() + ") of " + scenario + ": ";
        for (int slot = 0; slot < names.length; slot++) {
            call(slot, new Command.Create(slot, scenario.sizes().get(slot)));
        }
        for (int slot = 0; slot < names.length; slot++) {
            if (scenario.settledFirst().get(slot)) {
                settle(slot);
            }
        }
        compareAll();
        List<Command> steps = scenario.effectiveSteps();
        for (int i = 0; i < steps.size(); i++) {
            Command c = steps.get(i);
            where = "step " + (i + 1) + " (" + c + ") of " + scenario + ": ";
            int slot = slotOf(c);
            tally.step(c, model.state(slot));
            if (c instanceof Command.Settle) {
                settle(slot);
            } else {
                call(slot, c);
            }
            compareAll();
        }
    }

    /** The slots' cluster names, fresh for this run. */
    List<String> names() {
        return List.of(names);
    }

    /** Sends the step's call, judges the answer against the prediction, and moves the model on. */
    private void call(int slot, Command c) {
        ClusterState s = model.state(slot);
        String name = names[slot];
        Intent in = Intent.resolve(c, s, name);
        if (in == null) {
            return;
        }
        Prediction p = DaxModel.predict(c, in, s, name);
        Answer<?> a = send(c, name, in);
        if (p.accepts(a)) {
            accept(slot, c, in, p, s, a);
            return;
        }
        if (c instanceof Command.Create && a.errorCode() != null && QUOTA_FAULTS.contains(a.errorCode())) {
            throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "CreateCluster " + name + " hit the account's"
                    + " limits: " + a.summary() + "; free capacity or raise the limit and run again");
        }
        String seen = "";
        if (s.phase().transitional()) {
            // The target may have ended the transition before the call arrived: not held against it.
            Answer<DescribeClustersResponse> d = ctx.calls().describeCluster(name);
            ClusterState ended = endedBefore(c, s, in, a, d);
            if (ended != null) {
                Prediction q = DaxModel.predict(c, in, ended, name);
                if (q.accepts(a)) {
                    tally.race();
                    accept(slot, c, in, q, ended, a);
                    return;
                }
            }
            seen = "; DescribeClusters right after shows " + ClusterViews.describe(d)
                    + (ended == null ? ", so the transition had not ended" : "");
        }
        throw new CheckFailure(where + p.situation() + " must " + p.requirement() + "; got " + a.summary() + seen,
                a.exchange());
    }

    /**
     * The state the slot's transition had ended in before the call, if what the target shows proves it ended:
     * DescribeClusters right after shows the end; or the call succeeded and what it started shows it (a new
     * cluster by a deleted name, a replication-factor change that lists the nodes the transition ended with).
     * DeleteCluster leaves no trace of the state it found, so its success while the model has a transition is
     * taken as a race (counted, and bounded like every race).
     */
    private ClusterState endedBefore(Command c, ClusterState s, Intent in, Answer<?> a,
                                     Answer<DescribeClustersResponse> d) {
        ClusterState ended = StateJudge.ended(s, d);
        if (ended != null || !a.ok()) {
            return ended;
        }
        if (s.phase() == Phase.DELETING) {
            boolean recreated = c instanceof Command.Create && StateJudge.describe(ClusterState.creating(in.factor()), d).fits();
            return recreated ? ClusterState.gone() : null;
        }
        if (c instanceof Command.Increase || c instanceof Command.Decrease) {
            return StateJudge.endedBeforeChange(s, responseCluster(a), c instanceof Command.Increase);
        }
        if (c instanceof Command.Delete && (a.ok() && StateJudge.describe(s.deleting(), d).fits())) {
            return new ClusterState(Phase.AVAILABLE, s.size(), s.ids(), Set.of());
        }
        return null;
    }

    private void accept(int slot, Command c, Intent in, Prediction p, ClusterState before, Answer<?> a) {
        ClusterState after = p.after(before, a);
        if (a.ok()) {
            if (c instanceof Command.Create) {
                ctx.clusters().track(names[slot], in.factor());
            }
            expectShape(a.exchange());
            Cluster shown = responseCluster(a);
            if (a.response() instanceof RebootNodeResponse) {
                Node n = ClusterViews.node(shown, in.nodeId());
                if (n == null || !"rebooting".equals(n.nodeStatus())) {
                    throw new CheckFailure(where + "the RebootNode response must show node " + in.nodeId()
                            + " rebooting; got "
                            + ClusterViews.describe(shown), a.exchange());
                }
            }
            Judgement j = StateJudge.cluster(after, shown);
            if (shown == null || !j.fits()) {
                throw new CheckFailure(where + "the cluster in the " + a.operation() + " response must be "
                        + after + "; got " + ClusterViews.describe(shown) + (j.fits() ? "" : ": " + j.mismatch()),
                        a.exchange());
            }
            after = j.state();
        }
        model.set(slot, after);
    }

    /** Waits until the slot's cluster is available with every node available (or gone), and requires exactly the predicted cluster. */
    private void settle(int slot) {
        ClusterState s = model.state(slot);
        String name = names[slot];
        if (s.phase() == Phase.GONE) {
            return;
        }
        if (s.phase() == Phase.DELETING) {
            try {
                ctx.clusters().awaitGone(name);
            } catch (WaitFailed e) {
                throw e.toFailure(CheckFailure.Step.WAIT, where + "after DeleteCluster cluster " + name
                        + " must disappear within the target's delete timeout");
            }
            model.set(slot, ClusterState.gone());
            return;
        }
        Duration timeout = settleTimeout(s.phase());
        ClusterRef ref;
        try {
            // After a reboot, a reboot already seen never to end makes the wait fail at once.
            ref = s.rebooting().isEmpty() ? ctx.clusters().awaitAvailable(name, timeout)
                    : ctx.clusters().awaitAvailableAfterReboot(name, timeout);
        } catch (WaitFailed e) {
            throw e.toFailure(CheckFailure.Step.WAIT, where + "cluster " + name + " (model: " + s + ") must become"
                    + " available with every node available within " + timeout.toMillis() + " ms");
        }
        ClusterState settled = s.phase() == Phase.AVAILABLE ? ClusterState.available(s.ids(), Set.of())
                : StateJudge.ended(s.rebootsOver(s.rebooting()), ref.snapshot());
        Judgement j = settled == null ? Judgement.misfit("not the end of that transition")
                : StateJudge.cluster(settled, ref.snapshot());
        if (!j.fits()) {
            throw new CheckFailure(where + "settled, cluster " + name + " (model: " + s + ") must be available"
                    + " with " + s.size() + " node(s) " + (s.phase() == Phase.CREATING ? "" : (s.growing()
                    ? "including all of " : "all from ") + s.ids()) + ", every node available and ActiveNodes"
                    + " = TotalNodes = " + s.size() + "; got " + ClusterViews.describe(ref.snapshot()) + ": "
                    + j.mismatch(), ctx.recorder().last());
        }
        model.set(slot, j.state());
    }

    private Duration settleTimeout(Phase phase) {
        var timing = ctx.target().timing();
        return switch (phase) {
            case CREATING -> timing.create().plus(timing.reboot());
            case MODIFYING -> timing.modify().plus(timing.reboot());
            default -> timing.reboot();
        };
    }

    /**
     * Every slot's cluster, not only the one the step touched, must be in a state the model allows: one
     * DescribeClusters naming every slot while the model expects them all to exist, else one per slot.
     */
    private void compareAll() {
        boolean allExist = true;
        for (int slot = 0; slot < names.length; slot++) {
            Phase phase = model.state(slot).phase();
            allExist &= phase != Phase.GONE && phase != Phase.DELETING;
        }
        if (allExist) {
            Answer<DescribeClustersResponse> d = ctx.calls().describeClusters(List.of(names));
            if (d.ok()) {
                expectShape(d.exchange());
                for (int slot = 0; slot < names.length; slot++) {
                    Cluster c = named(d.response(), names[slot]);
                    ClusterState s = model.state(slot);
                    Judgement j = c == null ? Judgement.misfit("not listed") : StateJudge.cluster(s, c);
                    requireFits(slot, s, j, ClusterViews.describe(c), d);
                }
                return;
            }
        }
        for (int slot = 0; slot < names.length; slot++) {
            Answer<DescribeClustersResponse> d = ctx.calls().describeCluster(names[slot]);
            if (d.ok()) {
                expectShape(d.exchange());
            }
            ClusterState s = model.state(slot);
            requireFits(slot, s, StateJudge.describe(s, d), ClusterViews.describe(d), d);
        }
    }

    private void requireFits(int slot, ClusterState s, Judgement j, String shown, Answer<DescribeClustersResponse> d) {
        if (!j.fits()) {
            throw new CheckFailure(where + "DescribeClusters of slot " + slot + "'s cluster " + names[slot]
                    + " must show it " + s + (s.phase().transitional() ? " (or its transition ended)" : "")
                    + "; got " + shown + ": " + j.mismatch(), d.exchange());
        }
        model.set(slot, j.state());
    }

    private static Cluster named(DescribeClustersResponse r, String name) {
        return !r.hasClusters() ? null : r.clusters().stream().filter(c -> name.equalsIgnoreCase(c.clusterName()))
                .findFirst().orElse(null);
    }

    private Answer<?> send(Command c, String name, Intent in) {
        if (c instanceof Command.Create) {
            return ctx.calls().createCluster(name, in.factor());
        } else if (c instanceof Command.Reboot || c instanceof Command.RebootUnknownNode) {
            return ctx.calls().rebootNode(name, in.nodeId());
        } else if (c instanceof Command.Increase) {
            return ctx.calls().increaseReplicationFactor(name, in.factor());
        } else if (c instanceof Command.Decrease) {
            return ctx.calls().decreaseReplicationFactor(name, in.factor());
        } else if (c instanceof Command.Delete) {
            return ctx.calls().deleteCluster(name);
        }
        throw new IllegalArgumentException("no call for " + c);
    }

    private static Cluster responseCluster(Answer<?> a) {
        Object r = a.response();
        if (r instanceof RebootNodeResponse x) {
            return x.cluster();
        } else if (r instanceof CreateClusterResponse x) {
            return x.cluster();
        } else if (r instanceof IncreaseReplicationFactorResponse x) {
            return x.cluster();
        } else if (r instanceof DecreaseReplicationFactorResponse x) {
            return x.cluster();
        } else if (r instanceof DeleteClusterResponse x) {
            return x.cluster();
        }
        return null;
    }

    private static int slotOf(Command c) {
        if (c instanceof Command.Create x) {
            return x.slot();
        } else if (c instanceof Command.Reboot x) {
            return x.slot();
        } else if (c instanceof Command.RebootUnknownNode x) {
            return x.slot();
        } else if (c instanceof Command.Increase x) {
            return x.slot();
        } else if (c instanceof Command.Decrease x) {
            return x.slot();
        } else if (c instanceof Command.Delete x) {
            return x.slot();
        } else if (c instanceof Command.Settle x) {
            return x.slot();
        }
        throw new IllegalArgumentException("no slot for " + c);
    }

    private void expectShape(Exchange e) {
        if (e == null || !("RebootNode".equals(e.operation()) || "DescribeClusters".equals(e.operation()))) {
            return;
        }
        List<ShapeProblem> problems = new ArrayList<>(ResponseShapes.problems(e, ShapeProblem.Kind.WRONG_TYPE));
        problems.addAll(ResponseShapes.problems(e, ShapeProblem.Kind.UNKNOWN_VALUE));
        ResponseShapes.requireNone(problems, where + "every " + e.operation() + " response must match its modeled"
                + " shape", e);
    }
}
