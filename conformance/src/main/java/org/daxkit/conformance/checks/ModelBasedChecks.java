package org.daxkit.conformance.checks;

import java.util.List;
import org.daxkit.conformance.checks.model.Commands;
import org.daxkit.conformance.checks.model.SequenceRuns;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.config.Capability;

/** RN-6.1: random call sequences against the suite's own model of DAX state. */
public final class ModelBasedChecks {
    private ModelBasedChecks() {
    }

    public static List<Check> all() {
        return List.of(Check.of("model.stateful-sequences", "RN-6.1",
                "random sequences of Create/Reboot/Describe/Increase/Decrease/Delete agree with the suite's model",
                ctx -> {
                    ctx.requireRebootNode();
                    if (!ctx.clusters().canCreate()) {
                        throw CheckAborted.missing(Capability.CREATE_CLUSTERS, "sequences create their own clusters");
                    }
                    PropertyChecks.forAllConcurrently(ctx.properties(), Commands.sequences(),
                            commands -> SequenceRuns.run(ctx, commands), SequenceRuns.parallelism(ctx));
                    return CheckVerdict.passed();
                }));
    }
}
