package org.daxkit.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.TargetInfo;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

    @Test
    void conformantWhenEveryMustCheckTheTargetAllowsPassedAndInconclusiveOtherwise() {
        CheckResult passed = result("fault.node-not-found", "RN-3.2", Level.MUST, Outcome.PASSED);
        CheckResult noCapability = notVerified("fault.service-linked-role", "RN-3.10", NotVerifiedCause.CAPABILITY);
        CheckResult noInput = notVerified("fault.invalid-parameter.malformed-node-id", "RN-3.9", NotVerifiedCause.INPUT);

        assertThat(ExitCodes.of(run(passed, noCapability, noInput))).isEqualTo(ExitCodes.CONFORMANT);
        for (NotVerifiedCause open : List.of(NotVerifiedCause.RACE, NotVerifiedCause.BUDGET, NotVerifiedCause.SETUP)) {
            assertThat(ExitCodes.of(run(passed, notVerified("fault.invalid-state.creating", "RN-3.3", open))))
                    .as("a MUST check left open by " + open).isEqualTo(ExitCodes.INCONCLUSIVE);
        }
        assertThat(ExitCodes.of(run(noCapability))).as("nothing verified").isEqualTo(ExitCodes.INCONCLUSIVE);
        assertThat(ExitCodes.of(run())).as("no check ran").isEqualTo(ExitCodes.INCONCLUSIVE);
    }

    @Test
    void aShouldCheckLeftOpenKeepsTheRunConformant() {
        CheckResult passed = result("fault.node-not-found", "RN-3.2", Level.MUST, Outcome.PASSED);
        CheckResult should = new CheckResult("state.active-nodes-during-reboot", "RN-5.7", Level.SHOULD, "t",
                Outcome.NOT_VERIFIED, "why", 1, null, null, NotVerifiedCause.RACE, null);

        assertThat(ExitCodes.of(run(passed, should))).isEqualTo(ExitCodes.CONFORMANT);
    }

    @Test
    void aFailureOutweighsAnOpenCheck() {
        assertThat(ExitCodes.of(run(result("fault.node-not-found", "RN-3.2", Level.MUST, Outcome.FAILED),
                notVerified("fault.invalid-state.creating", "RN-3.3", NotVerifiedCause.BUDGET))))
                .isEqualTo(ExitCodes.NON_CONFORMANT);
    }

    private static CheckResult notVerified(String id, String clause, NotVerifiedCause cause) {
        return new CheckResult(id, clause, Level.MUST, id, Outcome.NOT_VERIFIED, "why", 1, null, null, cause, null);
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
