package org.daxkit.reports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.reports.Samples;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void aFailedMustCheckMakesTheTargetNotConformant() {
        Verdict v = Verdict.of(Samples.results());

        assertThat(v.kind()).isEqualTo(Verdict.Kind.NOT_CONFORMANT);
        assertThat(v.reason()).startsWith("2 MUST checks failed; ")
                .contains("2 SHOULD/MAY checks failed or not implemented")
                .contains("1 check not verified", "1 check excused", "1 clause unchecked");
    }

    @Test
    void aMustCheckFindingTheOperationNotImplementedIsNotConformant() {
        Verdict v = Verdict.of(Samples.results("moto", List.of(
                Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null),
                Samples.check("b", "RN-2", Level.MUST, Outcome.NOT_IMPLEMENTED, "HTTP 500"))));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.NOT_CONFORMANT);
        assertThat(v.reason()).startsWith("1 MUST check found the operation not implemented;");
    }

    @Test
    void onlyShouldFailuresLeaveTheTargetConformantWithTheCaveatSaid() {
        Verdict v = Verdict.of(Samples.results("t", List.of(
                Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null),
                Samples.check("b", "RN-4", Level.SHOULD, Outcome.FAILED, "no"))));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.CONFORMANT);
        assertThat(v.reason()).contains("1 of 2 checks passed", "1 SHOULD/MAY check failed");
    }

    @Test
    void noChecksOrNothingPassedIsInconclusive() {
        assertThat(Verdict.of(Samples.results("t", List.of())).kind()).isEqualTo(Verdict.Kind.INCONCLUSIVE);
        Verdict allUnverified = Verdict.of(Samples.results("t", List.of(
                Samples.notVerified("a", "RN-1", Level.MUST, NotVerifiedCause.CAPABILITY))));
        assertThat(allUnverified.kind()).isEqualTo(Verdict.Kind.INCONCLUSIVE);
        assertThat(allUnverified.reason()).contains("nothing was verified");
    }

    @Test
    void aMustCheckTheTargetAllowedButThatReachedNoVerdictMakesTheRunInconclusive() {
        for (NotVerifiedCause open : List.of(NotVerifiedCause.RACE, NotVerifiedCause.BUDGET, NotVerifiedCause.SETUP)) {
            Verdict v = Verdict.of(Samples.results("t", List.of(
                    Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null),
                    Samples.notVerified("b", "RN-3", Level.MUST, open))));

            assertThat(v.kind()).as(open.name()).isEqualTo(Verdict.Kind.INCONCLUSIVE);
            assertThat(v.reason()).startsWith("1 MUST check could have run on this target but did not reach a verdict ("
                    + open.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    @Test
    void checksOutsideWhatTheTargetDeclaresOrWhatIsConfiguredLeaveItConformant() {
        Verdict v = Verdict.of(Samples.results("t", List.of(
                Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null),
                Samples.notVerified("b", "RN-3", Level.MUST, NotVerifiedCause.CAPABILITY),
                Samples.notVerified("c", "RN-4", Level.MUST, NotVerifiedCause.INPUT),
                Samples.notVerified("d", "RN-5", Level.SHOULD, NotVerifiedCause.RACE))));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.CONFORMANT);
        assertThat(v.reason()).contains("3 checks not verified");
    }

    @Test
    void aMustCheckNotVerifiedWithoutACauseIsHeldToTheStrictestReading() {
        Verdict v = Verdict.of(Samples.results("t", List.of(
                Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null),
                Samples.check("b", "RN-3", Level.MUST, Outcome.NOT_VERIFIED, "from an older results.json"))));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.INCONCLUSIVE);
    }
}
