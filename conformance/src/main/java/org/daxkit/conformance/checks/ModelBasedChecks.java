package org.daxkit.conformance.checks;

import java.util.Comparator;
import java.util.List;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.checks.model.Commands;
import org.daxkit.conformance.checks.model.Scenario;
import org.daxkit.conformance.checks.model.SequenceProgress;
import org.daxkit.conformance.checks.model.SequenceRuns;
import org.daxkit.conformance.checks.model.SequenceTally;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.reports.model.NotVerifiedCause;

/** RN-6.1: random call sequences against the suite's own model of DAX state. */
public final class ModelBasedChecks {
    private ModelBasedChecks() {
    }

    public static List<Check> all() {
        return List.of(Check.of("model.stateful-sequences", "RN-6.1",
                "random sequences of Create/Reboot/Increase/Decrease/Delete, sent without waiting, agree with the"
                        + " suite's model of every cluster's state",
                ctx -> {
                    ctx.requireRebootNode();
                    if (!ctx.clusters().canCreate()) {
                        throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "sequences create their own clusters");
                    }
                    SequenceTally tally = new SequenceTally();
                    int generated = PropertyChecks.examples(ctx.seed(), ctx.tries(), Commands.scenarios()).size();
                    try (SequenceProgress progress = new SequenceProgress(ctx.waits(), generated)) {
                        PropertyChecks.forAllConcurrently(ctx.properties(), Commands.scenarios(),
                                s -> SequenceRuns.run(ctx, s, tally, progress), SequenceRuns.parallelism(ctx),
                                Comparator.comparingInt(Scenario::waits).reversed());
                    }
                    if (tally.tooManyRaces()) {
                        return CheckVerdict.notVerified(NotVerifiedCause.RACE, tally.races() + " of "
                                + tally.transitional() + " predictions for clusters in transition were overtaken by"
                                + " the target ending the transition before the call arrived; give the target longer"
                                + " transitions (" + tally.summary() + ")");
                    }
                    return CheckVerdict.passed(tally.summary());
                }));
    }
}
