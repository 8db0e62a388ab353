package org.daxkit.conformance.checks.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated case: every slot's cluster is created first (with {@code sizes} nodes, settled before the
 * steps or not), then the steps run. Starting from created clusters keeps steps away from empty slots.
 */
public record Scenario(List<Integer> sizes, List<Boolean> settledFirst, List<Command> steps) {

    /** The steps that do something: skips are left out, in runs and in messages alike. */
    public List<Command> effectiveSteps() {
        return steps.stream().filter(c -> !(c instanceof Command.Skip)).toList();
    }

    /**
     * The most nodes the scenario's clusters can have at once, whatever the target answers: each slot's size
     * only grows through IncreaseReplicationFactor (up to {@link Commands#MAX_NODES}) or a CreateCluster of a
     * larger cluster once the slot's name is free.
     */
    public int mostNodes() {
        int[] bound = sizes.stream().mapToInt(Integer::intValue).toArray();
        for (Command c : effectiveSteps()) {
            if (c instanceof Command.Increase x) {
                bound[x.slot()] = Math.min(Commands.MAX_NODES, bound[x.slot()] + x.by());
            } else if (c instanceof Command.Create x) {
                bound[x.slot()] = Math.max(bound[x.slot()], x.replicationFactor());
            }
        }
        return Arrays.stream(bound).sum();
    }

    /**
     * How many times the scenario waits for a transition to end, creations counting double (they take longest):
     * a rough measure of how long it runs against a slow target, to start the longest first.
     */
    public int waits() {
        int waits = 2 * (int) settledFirst.stream().filter(b -> b).count();
        for (Command c : effectiveSteps()) {
            waits += c instanceof Command.Settle ? 1 : c instanceof Command.Create ? 2 : 0;
        }
        return waits;
    }

    public String setup() {
        StringBuilder b = new StringBuilder();
        for (int slot = 0; slot < sizes.size(); slot++) {
            b.append(slot == 0 ? "" : ", ").append("CreateCluster(slot ").append(slot).append(", ReplicationFactor ")
                    .append(sizes.get(slot)).append(")").append(settledFirst.get(slot) ? " settled" : "");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "[" + setup() + "; then " + effectiveSteps().stream().map(Command::toString)
                .collect(Collectors.joining(", ", "[", "]")) + "]";
    }
}
