package org.daxkit.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.TargetInfo;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void conformantOnlyWhenSomethingPassedAndNothingFailedOrWasMissing() {
        CheckResult passed = result("fault.node-not-found", "RN-3.2", Level.MUST, Outcome.PASSED);
        CheckResult unverified = result("fault.service-linked-role", "RN-3.10", Level.MUST, Outcome.NOT_VERIFIED);

        assertThat(ExitCodes.of(run(passed, unverified))).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(ExitCodes.of(run(unverified))).as("nothing verified").isEqualTo(ExitCodes.NON_CONFORMANT);
        assertThat(ExitCodes.of(run())).as("no check ran").isEqualTo(ExitCodes.NON_CONFORMANT);
    }

    @Test
    void aMustNotImplementedOrAnyFailureIsNonConformant() {
        CheckResult passed = result("wire.request-id", "RN-1.1", Level.MUST, Outcome.PASSED);

        assertThat(ExitCodes.of(run(passed,
                result("fault.node-not-found", "RN-3.2", Level.MUST, Outcome.NOT_IMPLEMENTED))))
                .isEqualTo(ExitCodes.NON_CONFORMANT);
        assertThat(ExitCodes.of(run(passed,
                result("wire.content-type-exact", "RN-1.3", Level.SHOULD, Outcome.FAILED))))
                .as("a failed SHOULD trips the gate too").isEqualTo(ExitCodes.NON_CONFORMANT);
    }

    private static CheckResult result(String id, String clause, Level level, Outcome outcome) {
        return new CheckResult(id, clause, level, id, outcome, outcome == Outcome.PASSED ? null : "why", 1, null,
                null);
    }

    private static RunResults run(CheckResult... checks) {
        return RunResults.of(new TargetInfo("t", "http://127.0.0.1:1", null),
                new RunInfo("2026-11-29T00:00:00Z", 1, 1, "test", "sdk"), ClauseCatalog.load().all(), List.of(checks));
    }
}
