package org.daxkit.conformance.checks.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The model's view of one slot's cluster: its phase, how many nodes it has (after a replication-factor
 * change: will have), its node ids (before the change, while modifying; unknown while creating) and which
 * nodes may still be rebooting (a reboot ends on its own, so "may", never "must"). Parameter status
 * (NodeIdsToReboot and the rest) is not the model's: RN-7.1 and RN-7.2 judge it, at SHOULD level.
 */
public record ClusterState(Phase phase, int size, List<String> ids, Set<String> rebooting) {

    public ClusterState {
        ids = List.copyOf(ids);
        rebooting = Set.copyOf(rebooting);
    }

    public static ClusterState gone() {
        return new ClusterState(Phase.GONE, 0, List.of(), Set.of());
    }

    public static ClusterState creating(int size) {
        return new ClusterState(Phase.CREATING, size, List.of(), Set.of());
    }

    public static ClusterState available(List<String> ids, Set<String> rebooting) {
        return new ClusterState(Phase.AVAILABLE, ids.size(), ids, rebooting);
    }

    /** Replication factor changing from the current nodes to {@code newSize}. */
    public ClusterState modifying(int newSize) {
        return new ClusterState(Phase.MODIFYING, newSize, ids, rebooting);
    }

    public ClusterState deleting() {
        return new ClusterState(Phase.DELETING, size, ids, Set.of());
    }

    public ClusterState rebootingToo(String nodeId) {
        Set<String> r = new LinkedHashSet<>(rebooting);
        r.add(nodeId);
        return new ClusterState(phase, size, ids, r);
    }

    /** The same state, knowing that these nodes' reboots are over. */
    public ClusterState rebootsOver(Set<String> nodeIds) {
        Set<String> r = new LinkedHashSet<>(rebooting);
        r.removeAll(nodeIds);
        return r.size() == rebooting.size() ? this : new ClusterState(phase, size, ids, r);
    }

    public boolean growing() {
        return phase == Phase.MODIFYING && size > ids.size();
    }

    /** Whether a reboot may be under way: then DAX may-level choices (RN-5.5, RN-5.6) come into play. */
    public boolean mayBeRebooting() {
        return !rebooting.isEmpty();
    }

    @Override
    public String toString() {
        return switch (phase) {
            case GONE -> "no cluster";
            case CREATING -> "creating with " + size + " node(s)";
            case AVAILABLE -> "available with nodes " + ids + (rebooting.isEmpty() ? "" : ", " + rebooting
                    + " rebooting or done rebooting");
            case MODIFYING -> "modifying from nodes " + ids + " to " + size + " node(s)"
                    + (rebooting.isEmpty() ? "" : ", " + rebooting + " rebooting or done rebooting");
            case DELETING -> "deleting";
        };
    }
}
