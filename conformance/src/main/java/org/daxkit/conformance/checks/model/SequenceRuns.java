package org.daxkit.conformance.checks.model;

import org.daxkit.conformance.check.TargetContext;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.fixtures.CapacityBudget;

/** Entry point of the model-based property: one generated scenario, one run with fresh names. */
public final class SequenceRuns {
    private SequenceRuns() {
    }

    /** The most nodes one sequence's clusters may have at once (two slots). */
    static final int NODES_PER_SEQUENCE = Commands.SLOTS * Commands.MAX_NODES;

    /**
     * How many sequences run at once: independent slots with fresh names, as many as the run's node limit
     * leaves room for, so a target whose transitions take minutes is waited for about once per step. One at a
     * time on a target that completes transitions on request: completing is global to the target, so one
     * sequence's Settle would end the transitions another sequence is about to test.
     */
    public static int parallelism(TargetContext ctx) {
        if (ctx.target().has(Capability.INSTANT_TRANSITIONS)) {
            return 1;
        }
        // One sequence's room is kept back for the shared fixture and for clusters still being deleted.
        return Math.max(1, Math.min(8, ctx.clusters().capacity().maxNodes() / NODES_PER_SEQUENCE - 1));
    }

    /**
     * Runs one sequence within the run's node limit: it holds room for its two slots' largest clusters while it
     * runs, and until they are surely gone after it.
     */
    public static void run(TargetContext ctx, Scenario scenario, SequenceTally tally) {
        CapacityBudget capacity = ctx.clusters().capacity();
        // Room frees up as other sequences end; only the run's budget bounds the wait.
        capacity.acquire(Commands.SLOTS, NODES_PER_SEQUENCE, ctx.waits().budget().remaining());
        try {
            new SequenceRun(ctx, scenario, tally).run();
        } finally {
            capacity.releaseLater(Commands.SLOTS, NODES_PER_SEQUENCE, ctx.clusters().goneWithin());
        }
    }
}
