package org.daxkit.reference.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test's own sequential model of clusters with instant transitions (written here, not borrowed
 * from the server): which calls succeed and which fault, and how node ids are handed out.
 * Immutable: {@link #apply} returns the next model with the outcome.
 */
final class ClusterModel {
    /** A cluster: its node suffix indexes in creation order, and the next index to hand out. */
    private record Entry(List<Integer> nodes, int nextIndex) {
    }

    /** An outcome and the model after it. */
    record Step(Outcome outcome, ClusterModel next) {
    }

    private final Map<String, Entry> clusters;

    private ClusterModel(Map<String, Entry> clusters) {
        this.clusters = clusters;
    }

    static ClusterModel empty() {
        return new ClusterModel(new TreeMap<>());
    }

    Step apply(Op op) {
        Entry cluster = clusters.get(op.cluster());
        if (op.kind() == Op.Kind.CREATE) {
            if (cluster != null) {
                return same("ClusterAlreadyExistsFault");
            }
            return changed(op.cluster(), grow(new Entry(List.of(), 0), op.number()));
        }
        if (cluster == null) {
            return same("ClusterNotFoundFault");
        }
        int size = cluster.nodes().size();
        return switch (op.kind()) {
            case DELETE -> changed(op.cluster(), null);
            case DESCRIBE -> same(null);
            case REBOOT -> cluster.nodes().contains(op.nodeSuffix().charAt(0) - 'a') ? same(null)
                    : same("NodeNotFoundFault");
            case INCREASE -> op.number() <= size ? same("InvalidParameterValueException")
                    : changed(op.cluster(), grow(cluster, op.number() - size));
            case DECREASE -> op.number() >= size ? same("InvalidParameterValueException")
                    : changed(op.cluster(), new Entry(List.copyOf(cluster.nodes().subList(0, op.number())),
                            cluster.nextIndex()));
            case CREATE -> throw new IllegalStateException("handled above");
        };
    }

    private static Entry grow(Entry cluster, int count) {
        List<Integer> nodes = new ArrayList<>(cluster.nodes());
        for (int i = 0; i < count; i++) {
            nodes.add(cluster.nextIndex() + i);
        }
        return new Entry(List.copyOf(nodes), cluster.nextIndex() + count);
    }

    private Step same(String fault) {
        return new Step(fault == null ? Outcome.SUCCESS : Outcome.fault(fault), this);
    }

    private Step changed(String name, Entry entry) {
        Map<String, Entry> next = new TreeMap<>(clusters);
        if (entry == null) {
            next.remove(name);
        } else {
            next.put(name, entry);
        }
        return new Step(Outcome.SUCCESS, new ClusterModel(next));
    }

    @Override
    public String toString() {
        return clusters.toString();
    }
}
