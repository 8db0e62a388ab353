package org.daxkit.conformance.checks.model;

import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.fixtures.CapacityBudget;
import org.daxkit.conformance.fixtures.Clusters;

/** Entry point of the model-based property: one generated scenario, one run with fresh names. */
public final class SequenceRuns {
    private SequenceRuns() {
    }

    /** The fewest nodes a sequence holds room for (two slots of one node). */
    private static final int LEAST_NODES_PER_SEQUENCE = Commands.SLOTS;
    private static final int MOST_AT_ONCE = 8;

    /**
     * How many sequences may run at once: independent slots with fresh names, so a target whose transitions
     * take minutes is waited for about once per step, not once per step of every sequence. The run's node
     * limit decides how many actually run (each holds room for the most nodes its scenario can reach). One at
     * a time on a target that completes transitions on request: completing is global to the target, so one
     * sequence's Settle would end the transitions another sequence is about to test.
     */
    public static int parallelism(TargetContext ctx) {
        if (ctx.target().has(Capability.INSTANT_TRANSITIONS)) {
            return 1;
        }
        int fit = ctx.clusters().capacity().maxNodes() / (2 * LEAST_NODES_PER_SEQUENCE);
        return Math.max(1, Math.min(MOST_AT_ONCE, fit));
    }

    /**
     * Runs one sequence within the run's node limit: it holds room for the most nodes its slots can reach
     * while it runs, and until its clusters are gone after it (deleted in the background).
     */
    public static void run(TargetContext ctx, Scenario scenario, SequenceTally tally, SequenceProgress progress) {
        progress.run(() -> run(ctx, scenario, tally));
    }

    private static void run(TargetContext ctx, Scenario scenario, SequenceTally tally) {
        Clusters clusters = ctx.clusters();
        CapacityBudget capacity = clusters.capacity();
        int nodes = scenario.mostNodes();
        // Room frees up as other sequences end; only the run's budget bounds the wait.
        capacity.acquire(Commands.SLOTS, nodes, ctx.waits().budget().remaining());
        SequenceRun run = new SequenceRun(ctx, scenario, tally);
        try {
            run.run();
        } finally {
            clusters.deleteAndGiveBack(run.names(), Commands.SLOTS, nodes);
        }
    }
}
