package org.daxkit.reference.concurrency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Searches for a sequential order of a small concurrent history that respects real time (a call that
 * returned before another began comes first) and in which the model gives every call the outcome it
 * really had. Depth-first over the calls that may come next, remembering dead ends.
 */
final class Linearizer {
    /** A completed call: what, its outcome, and when it began and returned (System.nanoTime). */
    record Call(int thread, Op op, Outcome outcome, long begin, long end) {
        @Override
        public String toString() {
            return "t" + thread + " " + op + " -> " + outcome;
        }
    }

    private final List<Call> calls;
    private final Set<String> deadEnds = new HashSet<>();

    private Linearizer(List<Call> calls) {
        if (calls.size() > 62) {
            throw new IllegalArgumentException("the search is for small histories only, got " + calls.size());
        }
        this.calls = calls;
    }

    /** An order that explains the history, if there is one. */
    static Optional<List<Call>> linearize(List<Call> history, ClusterModel initial) {
        return new Linearizer(history).search(0L, initial, new ArrayList<>());
    }

    private Optional<List<Call>> search(long placed, ClusterModel model, List<Call> order) {
        if (order.size() == calls.size()) {
            return Optional.of(List.copyOf(order));
        }
        String key = placed + "|" + model;
        if (deadEnds.contains(key)) {
            return Optional.empty();
        }
        for (int i = 0; i < calls.size(); i++) {
            if ((placed & (1L << i)) != 0 || !mayComeNext(i, placed)) {
                continue;
            }
            Call call = calls.get(i);
            ClusterModel.Step step = model.apply(call.op());
            if (!step.outcome().equals(call.outcome())) {
                continue;
            }
            order.add(call);
            Optional<List<Call>> found = search(placed | (1L << i), step.next(), order);
            if (found.isPresent()) {
                return found;
            }
            order.remove(order.size() - 1);
        }
        deadEnds.add(key);
        return Optional.empty();
    }

    /** No call still to place returned before this one began. */
    private boolean mayComeNext(int candidate, long placed) {
        long begin = calls.get(candidate).begin();
        for (int j = 0; j < calls.size(); j++) {
            if (j != candidate && (placed & (1L << j)) == 0 && calls.get(j).end() < begin) {
                return false;
            }
        }
        return true;
    }
}
