package org.daxkit.conformance.checks.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.shape.ShapeProblem;
import org.daxkit.conformance.fixtures.ClusterRef;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.shape.ResponseShapes;
import org.daxkit.conformance.waits.WaitFailed;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.Exchange;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

/**
 * Runs one generated sequence against the target and the model side by side: each answer must be the one
 * the model predicts, and after each change settles, the cluster must be the one the model predicts.
 * Slots get fresh names per attempt; whatever the sequence created is deleted at the end.
 */
final class SequenceRun {
    private final TargetContext ctx;
    private final List<Command> commands;
    private final String[] names = new String[Commands.SLOTS];
    private final DaxModel model = new DaxModel();
    private String where;

    SequenceRun(TargetContext ctx, List<Command> commands) {
        this.ctx = ctx;
        this.commands = commands;
        for (int i = 0; i < names.length; i++) {
            names[i] = ctx.names().fresh();
        }
    }

    void run() {
        try {
            for (int i = 0; i < commands.size(); i++) {
                where = "step " + (i + 1) + " (" + commands.get(i) + ") of " + commands + ": ";
                step(commands.get(i));
            }
        } finally {
            for (int slot : model.slots()) {
                ctx.calls().deleteCluster(names[slot]);
            }
        }
    }

    private void step(Command c) {
        String name = names[c.slot()];
        if (!(c instanceof Command.Create) && !model.exists(c.slot())) {
            Answer<?> a = callOnMissing(c, name);
            expectFault(a, "ClusterNotFoundFault", c + " of a cluster that does not exist");
            return;
        }
        if (c instanceof Command.Create create) {
            create(create, name);
        } else if (c instanceof Command.Reboot reboot) {
            reboot(reboot, name);
        } else if (c instanceof Command.Describe) {
            Answer<DescribeClustersResponse> a = ctx.calls().describeCluster(name);
            expectOk(a, "DescribeClusters of an existing cluster");
            expectSettled(name, a);
        } else if (c instanceof Command.Increase inc) {
            int size = DaxModel.increasedSize(model.size(c.slot()), inc.by());
            resize(c.slot(), name, size, ctx.calls().increaseReplicationFactor(name, size), true);
        } else if (c instanceof Command.Decrease dec) {
            int size = DaxModel.decreasedSize(model.size(c.slot()), dec.by());
            if (size >= 1) {
                resize(c.slot(), name, size, ctx.calls().decreaseReplicationFactor(name, size), false);
            }
        } else if (c instanceof Command.Delete) {
            expectOk(ctx.calls().deleteCluster(name), "DeleteCluster of an available cluster");
            model.remove(c.slot());
            try {
                ctx.clusters().awaitGone(name);
            } catch (WaitFailed e) {
                throw e.toFailure(CheckFailure.Step.WAIT, where + "after DeleteCluster the cluster must disappear"
                        + " within the target's delete timeout");
            }
        }
    }

    /** The call a command makes when the model says its cluster does not exist. */
    private Answer<?> callOnMissing(Command c, String name) {
        if (c instanceof Command.Reboot) {
            return ctx.calls().rebootNode(name, name + "-a");
        } else if (c instanceof Command.Describe) {
            return ctx.calls().describeCluster(name);
        } else if (c instanceof Command.Increase) {
            return ctx.calls().increaseReplicationFactor(name, 3);
        } else if (c instanceof Command.Decrease) {
            return ctx.calls().decreaseReplicationFactor(name, 1);
        }
        return ctx.calls().deleteCluster(name);
    }

    private void create(Command.Create c, String name) {
        Answer<?> a = ctx.calls().createCluster(name, c.replicationFactor());
        if (model.exists(c.slot())) {
            expectFault(a, "ClusterAlreadyExistsFault", "CreateCluster of a name in use");
            return;
        }
        expectOk(a, "CreateCluster of a new name");
        ctx.clusters().track(name);
        ClusterRef ref = settled(name, ctx.target().timing().create(), "CreateCluster");
        List<String> ids = ref.nodeIds();
        if (ids.size() != c.replicationFactor() || new HashSet<>(ids).size() != ids.size()) {
            throw new CheckFailure(where + "a cluster created with ReplicationFactor " + c.replicationFactor()
                    + " must settle with that many distinct nodes; got " + ids, ctx.recorder().last());
        }
        model.put(c.slot(), ids);
    }

    private void reboot(Command.Reboot c, String name) {
        List<String> nodes = model.nodes(c.slot());
        if (c.nodeIndex() >= nodes.size()) {
            String unknown = name + "-zz" + c.nodeIndex();
            expectFault(ctx.calls().rebootNode(name, unknown), "NodeNotFoundFault",
                    "RebootNode of node " + unknown + " that the cluster does not have");
            return;
        }
        String node = nodes.get(c.nodeIndex());
        Answer<RebootNodeResponse> a = ctx.calls().rebootNode(name, node);
        expectOk(a, "RebootNode of node " + node + " of an available cluster");
        Node n = ClusterViews.node(a.response().cluster(), node);
        if (n == null || !"rebooting".equals(n.nodeStatus())) {
            throw new CheckFailure(where + "the RebootNode response must show node " + node + " rebooting; got "
                    + ClusterViews.describe(a.response().cluster()), a.exchange());
        }
        settleWith(c.slot(), name, nodes);
    }

    private void resize(int slot, String name, int size, Answer<?> a, boolean grow) {
        expectOk(a, (grow ? "IncreaseReplicationFactor" : "DecreaseReplicationFactor") + " to " + size);
        List<String> before = model.nodes(slot);
        List<String> after = settled(name, ctx.target().timing().modify(), "changing the replication factor").nodeIds();
        boolean kept = grow ? after.containsAll(before) : before.containsAll(after);
        if (after.size() != size || !kept || new HashSet<>(after).size() != after.size()) {
            throw new CheckFailure(where + "after changing the replication factor to " + size + " the cluster must"
                    + " have " + size + " distinct nodes, " + (grow ? "keeping all of " : "all from ") + before
                    + "; got " + after, ctx.recorder().last());
        }
        model.put(slot, after);
    }

    /** Waits for the cluster to settle and requires exactly the nodes the model expects. */
    private void settleWith(int slot, String name, List<String> expected) {
        List<String> ids;
        try {
            ids = ctx.clusters().awaitAvailableAfterReboot(name, ctx.target().timing().reboot()).nodeIds();
        } catch (WaitFailed e) {
            throw e.toFailure(CheckFailure.Step.WAIT, where + "after RebootNode cluster " + name + " must become"
                    + " available (every node available) within " + ctx.target().timing().reboot().toMillis() + " ms");
        }
        if (!Set.copyOf(ids).equals(Set.copyOf(expected)) || ids.size() != expected.size()) {
            throw new CheckFailure(where + "after the reboot the cluster must keep nodes " + expected + "; got " + ids,
                    ctx.recorder().last());
        }
        model.put(slot, ids);
    }

    /** Waits for the cluster to be available again after the suite's own call. */
    private ClusterRef settled(String name, Duration timeout, String after) {
        try {
            return ctx.clusters().awaitAvailable(name, timeout);
        } catch (WaitFailed e) {
            throw e.toFailure(CheckFailure.Step.WAIT, where + "after " + after + " cluster " + name + " must become"
                    + " available (every node available) within " + timeout.toMillis() + " ms");
        }
    }

    private void expectSettled(String name, Answer<DescribeClustersResponse> a) {
        Cluster c = ClusterViews.only(a);
        List<String> expected = model.nodes(slotOf(name));
        List<String> ids = c == null || !c.hasNodes() ? List.of() : c.nodes().stream().map(Node::nodeId).toList();
        if (c == null || !"available".equals(c.status()) || !Set.copyOf(ids).equals(Set.copyOf(expected))
                || c.totalNodes() == null || c.totalNodes() != expected.size()) {
            throw new CheckFailure(where + "DescribeClusters must show the settled cluster available with nodes "
                    + expected + "; got " + ClusterViews.describe(c), a.exchange());
        }
    }

    private int slotOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private void expectOk(Answer<?> a, String what) {
        if (!a.ok()) {
            throw new CheckFailure(where + what + " must succeed; got " + a.summary(), a.exchange());
        }
        expectShape(a.exchange());
    }

    private void expectFault(Answer<?> a, String code, String what) {
        if (!a.isFault(code)) {
            throw new CheckFailure(where + what + " must fail with " + code + "; got " + a.summary(), a.exchange());
        }
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
