package org.daxkit.conformance.checks.model;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.daxkit.conformance.fixtures.ClusterViews;
import org.daxkit.conformance.wire.Answer;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.Node;

/**
 * Compares what DescribeClusters (or a RebootNode response) shows with the states the model allows. A
 * transition may end at any moment, so a transitional state also allows the state it ends in; seen ended, the
 * model goes on from there. Where DAX leaves a choice to the target at SHOULD or MAY level (ActiveNodes and
 * cluster Status during a reboot), every allowed choice fits.
 */
final class StateJudge {
    private StateJudge() {
    }

    /** DescribeClusters of the slot's cluster name, judged against the model's state of the slot. */
    static Judgement describe(ClusterState s, Answer<DescribeClustersResponse> a) {
        if (a.isFault("ClusterNotFoundFault")) {
            return s.phase() == Phase.GONE || s.phase() == Phase.DELETING ? Judgement.fits(ClusterState.gone())
                    : Judgement.misfit("no cluster (" + a.summary() + ")");
        }
        if (!a.ok()) {
            return Judgement.misfit(a.summary());
        }
        Cluster c = ClusterViews.only(a);
        if (c == null) {
            return Judgement.misfit("no cluster in the answer");
        }
        return cluster(s, c);
    }

    /** A cluster as the target shows it, judged against the model's state. */
    static Judgement cluster(ClusterState s, Cluster c) {
        return switch (s.phase()) {
            case GONE -> Judgement.misfit("a cluster (" + ClusterViews.describe(c) + ")");
            case DELETING -> "deleting".equals(c.status()) ? Judgement.fits(s)
                    : Judgement.misfit("status " + c.status() + " instead of deleting (or no cluster)");
            case CREATING -> creating(s, c);
            case MODIFYING -> modifying(s, c);
            case AVAILABLE -> available(s, c);
        };
    }

    private static Judgement creating(ClusterState s, Cluster c) {
        if ("creating".equals(c.status())) {
            if (!Integer.valueOf(s.size()).equals(c.totalNodes())) {
                return Judgement.misfit("TotalNodes " + c.totalNodes() + " while creating " + s.size() + " node(s)");
            }
            for (Node n : nodes(c)) {
                if (!"creating".equals(n.nodeStatus())) {
                    return Judgement.misfit("node " + n.nodeId() + " " + n.nodeStatus() + " while the cluster is creating");
                }
            }
            return Judgement.fits(s);
        }
        ClusterState done = ended(s, c);
        return done == null ? Judgement.misfit("neither creating nor available with " + s.size() + " distinct"
                + " node(s)") : available(done, c);
    }

    private static Judgement modifying(ClusterState s, Cluster c) {
        if (!"modifying".equals(c.status())) {
            ClusterState done = ended(s, c);
            return done == null ? Judgement.misfit("neither modifying nor available with " + s.size()
                    + " node(s) " + (s.growing() ? "including all of " : "all from ") + s.ids()) : available(done, c);
        }
        Set<String> before = Set.copyOf(s.ids());
        List<String> listed = ids(c);
        if (new HashSet<>(listed).size() != listed.size()) {
            return Judgement.misfit("node ids listed twice");
        }
        Set<Integer> counts = new HashSet<>(List.of(s.ids().size(), s.size()));
        if (!counts.contains(listed.size()) || c.totalNodes() == null || !counts.contains(c.totalNodes())) {
            return Judgement.misfit(listed.size() + " node(s) listed, TotalNodes " + c.totalNodes() + " while"
                    + " changing from " + s.ids().size() + " to " + s.size());
        }
        if (s.growing() ? !listed.containsAll(before) : !before.containsAll(listed)) {
            return Judgement.misfit("nodes " + listed + " while changing from " + s.ids());
        }
        Set<String> over = new LinkedHashSet<>();
        for (Node n : nodes(c)) {
            String st = n.nodeStatus();
            boolean isNew = !before.contains(n.nodeId());
            boolean allowed = isNew ? "creating".equals(st) || "available".equals(st)
                    : "available".equals(st) || (!s.growing() && "deleting".equals(st))
                    || ("rebooting".equals(st) && s.rebooting().contains(n.nodeId()));
            if (!allowed) {
                return Judgement.misfit("node " + n.nodeId() + " " + st + " while the replication factor changes");
            }
            if ("available".equals(st)) {
                over.add(n.nodeId());
            }
        }
        return Judgement.fits(s.rebootsOver(over));
    }

    /** Available, with exactly the model's nodes; nodes that may be rebooting may also be available again. */
    private static Judgement available(ClusterState s, Cluster c) {
        boolean rebootsPossible = s.mayBeRebooting();
        // RN-5.6 (MAY): during a reboot the cluster Status may be modifying
        if (!"available".equals(c.status()) && !(rebootsPossible && "modifying".equals(c.status()))) {
            return Judgement.misfit("status " + c.status() + " instead of available");
        }
        List<String> listed = ids(c);
        if (listed.size() != s.ids().size() || !Set.copyOf(listed).equals(Set.copyOf(s.ids()))) {
            return Judgement.misfit("nodes " + listed + " instead of " + s.ids());
        }
        int availableNodes = 0;
        Set<String> over = new LinkedHashSet<>();
        for (Node n : nodes(c)) {
            if ("available".equals(n.nodeStatus())) {
                availableNodes++;
                over.add(n.nodeId());
            } else if (!("rebooting".equals(n.nodeStatus()) && s.rebooting().contains(n.nodeId()))) {
                return Judgement.misfit("node " + n.nodeId() + " " + n.nodeStatus() + " instead of available"
                        + (s.rebooting().contains(n.nodeId()) ? " or rebooting" : ""));
            }
        }
        if (!Integer.valueOf(s.size()).equals(c.totalNodes())) {
            return Judgement.misfit("TotalNodes " + c.totalNodes() + " instead of " + s.size());
        }
        // RN-5.7 (SHOULD): during a reboot ActiveNodes may count every node or only the available ones
        Set<Integer> active = new HashSet<>(List.of(s.size(), rebootsPossible ? availableNodes : s.size()));
        if (c.activeNodes() == null || !active.contains(c.activeNodes())) {
            return Judgement.misfit("ActiveNodes " + c.activeNodes() + " instead of " + (active.size() == 1
                    ? String.valueOf(s.size()) : s.size() + " or " + availableNodes));
        }
        return Judgement.fits(s.rebootsOver(over));
    }

    /**
     * The state a transition ends in, as the target shows it: available with the node count (and, after a
     * replication-factor change, the nodes kept) the transition leads to; null if what it shows is no such end.
     */
    static ClusterState ended(ClusterState s, Cluster c) {
        if (c == null || (!"available".equals(c.status()) && !(s.mayBeRebooting() && "modifying".equals(c.status())))) {
            return null;
        }
        return endedWith(s, ids(c));
    }

    /**
     * The state a transition had ended in when a replication-factor change that followed it succeeded, from the
     * cluster that change answered with: its nodes then were the ones listed, less those an increase is
     * creating.
     */
    static ClusterState endedBeforeChange(ClusterState s, Cluster answered, boolean increase) {
        if (answered == null) {
            return null;
        }
        return endedWith(s, nodes(answered).stream().filter(n -> !increase || !"creating".equals(n.nodeStatus()))
                .map(Node::nodeId).toList());
    }

    private static ClusterState endedWith(ClusterState s, List<String> listed) {
        if (!s.phase().transitional() || s.phase() == Phase.DELETING) {
            return null;
        }
        if (listed.size() != s.size() || new HashSet<>(listed).size() != listed.size()) {
            return null;
        }
        if (s.phase() == Phase.MODIFYING && (s.growing() ? !listed.containsAll(s.ids())
                : !s.ids().containsAll(listed))) {
            return null;
        }
        Set<String> rebooting = new LinkedHashSet<>(s.rebooting());
        rebooting.retainAll(listed);
        return ClusterState.available(listed, rebooting);
    }

    /** The state a transition ends in, from DescribeClusters; null if it shows no end. */
    static ClusterState ended(ClusterState s, Answer<DescribeClustersResponse> a) {
        if (s.phase() == Phase.DELETING) {
            return a.isFault("ClusterNotFoundFault") ? ClusterState.gone() : null;
        }
        return ended(s, ClusterViews.only(a));
    }

    private static List<Node> nodes(Cluster c) {
        return c.hasNodes() ? c.nodes() : List.of();
    }

    private static List<String> ids(Cluster c) {
        return nodes(c).stream().map(Node::nodeId).toList();
    }
}
