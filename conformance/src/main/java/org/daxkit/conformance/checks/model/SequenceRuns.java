package org.daxkit.conformance.checks.model;

import java.util.List;
import org.daxkit.conformance.run.TargetContext;

/** Entry point of the model-based property: one generated sequence, one run with fresh names. */
public final class SequenceRuns {
    private SequenceRuns() {
    }

    public static void run(TargetContext ctx, List<Command> commands) {
        new SequenceRun(ctx, commands).run();
    }
}
