package org.daxkit.conformance.checks.model;

import java.util.Arrays;

/**
 * The suite's own model of DAX, written from DAX's documented semantics and the kit's documented choices
 * (never from an implementation): the state of every slot, and the answer each call gets in each state.
 * <ul>
 *   <li>No cluster by the name: ClusterNotFoundFault; CreateCluster of a name in use (in any phase):
 *   ClusterAlreadyExistsFault.</li>
 *   <li>A cluster that is not available (creating, modifying, deleting): InvalidClusterStateFault for
 *   RebootNode, Increase/DecreaseReplicationFactor and DeleteCluster (the fault's documented meaning); for
 *   a node id it does not have, NodeNotFoundFault is as good (which is checked first is the target's
 *   choice).</li>
 *   <li>An available cluster: RebootNode of a node it has succeeds and the node is rebooting; of a node it
 *   has not, NodeNotFoundFault. A replication-factor change succeeds and the cluster is modifying;
 *   DeleteCluster succeeds and it is deleting.</li>
 *   <li>While a node may be rebooting: RebootNode of it, or of another node, succeeds (the kit's documented
 *   choice) or fails with InvalidClusterStateFault (the other behaviour RN-5.5 allows at MAY level), and
 *   changes of the cluster may likewise be refused as InvalidClusterStateFault; RN-6.1 judges no MAY
 *   choice.</li>
 * </ul>
 */
public final class DaxModel {
    private static final String NOT_FOUND = "ClusterNotFoundFault";
    private static final String ALREADY_EXISTS = "ClusterAlreadyExistsFault";
    private static final String INVALID_STATE = "InvalidClusterStateFault";
    private static final String NODE_NOT_FOUND = "NodeNotFoundFault";

    private final ClusterState[] slots = new ClusterState[Commands.SLOTS];

    public DaxModel() {
        Arrays.fill(slots, ClusterState.gone());
    }

    public ClusterState state(int slot) {
        return slots[slot];
    }

    public void set(int slot, ClusterState state) {
        slots[slot] = state;
    }

    /** The answer the call of command {@code c}, resolved to {@code in}, gets from a cluster in state {@code s}. */
    public static Prediction predict(Command c, Intent in, ClusterState s, String name) {
        String on = " of cluster " + name + " (model: " + s + ")";
        if (c instanceof Command.Create) {
            String what = "CreateCluster with ReplicationFactor " + in.factor() + on;
            return s.phase() == Phase.GONE ? Prediction.success(what, ClusterState.creating(in.factor()))
                    : Prediction.fault(what, ALREADY_EXISTS);
        }
        String what = describe(c, in) + on;
        if (s.phase() == Phase.GONE) {
            return Prediction.fault(what, NOT_FOUND);
        }
        boolean unknownNode = (c instanceof Command.Reboot || c instanceof Command.RebootUnknownNode)
                && s.phase() != Phase.CREATING && !s.ids().contains(in.nodeId());
        if (s.phase().transitional()) {
            Prediction p = Prediction.fault(what, INVALID_STATE);
            return unknownNode || (s.phase() == Phase.CREATING && c instanceof Command.RebootUnknownNode)
                    ? p.orElse(NODE_NOT_FOUND) : p;
        }
        Prediction p;
        if (c instanceof Command.Reboot || c instanceof Command.RebootUnknownNode) {
            p = unknownNode ? Prediction.fault(what, NODE_NOT_FOUND)
                    : Prediction.success(what, s.rebootingToo(in.nodeId()));
        } else if (c instanceof Command.Increase || c instanceof Command.Decrease) {
            p = Prediction.success(what, s.modifying(in.factor()));
        } else if (c instanceof Command.Delete) {
            p = Prediction.success(what, s.deleting());
        } else {
            throw new IllegalArgumentException("no call for " + c);
        }
        return s.mayBeRebooting() ? p.orElse(INVALID_STATE) : p;
    }

    static String describe(Command c, Intent in) {
        if (c instanceof Command.Reboot || c instanceof Command.RebootUnknownNode) {
            return "RebootNode of node " + in.nodeId();
        } else if (c instanceof Command.Increase) {
            return "IncreaseReplicationFactor to " + in.factor();
        } else if (c instanceof Command.Decrease) {
            return "DecreaseReplicationFactor to " + in.factor();
        } else if (c instanceof Command.Delete) {
            return "DeleteCluster";
        }
        return c.toString();
    }
}
