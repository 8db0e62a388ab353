package org.daxkit.conformance.checks.model;

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
