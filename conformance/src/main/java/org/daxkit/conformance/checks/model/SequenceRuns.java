package org.daxkit.conformance.checks.model;

import java.util.List;
import org.daxkit.conformance.check.TargetContext;

/** Entry point of the model-based property: one generated sequence, one run with fresh names. */
public final class SequenceRuns {
    private SequenceRuns() {
    }

    /** The most nodes one sequence's clusters may have at once (two slots). */
    static final int NODES_PER_SEQUENCE = 2 * 10;

    /**
     * How many sequences run at once: independent slots with fresh names, as many as the run's node limit
     * leaves room for, so a target whose transitions take minutes is waited for about once per step.
     */
    public static int parallelism(TargetContext ctx) {
        return Math.max(1, Math.min(8, ctx.clusters().capacity().maxNodes() / NODES_PER_SEQUENCE));
    }

    public static void run(TargetContext ctx, List<Command> commands) {
        new SequenceRun(ctx, commands).run();
    }
}
