package org.daxkit.conformance.checks.model;

import org.daxkit.conformance.run.TargetContext;

/** Entry point of the model-based property: one generated scenario, one run with fresh names. */
public final class SequenceRuns {
    private SequenceRuns() {
    }

    public static void run(TargetContext ctx, Scenario scenario, SequenceTally tally) {
        new SequenceRun(ctx, scenario, tally).run();
    }
}
