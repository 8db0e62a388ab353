package org.daxkit.conformance.mutants;


import java.time.Duration;
import org.daxkit.conformance.DaxConformance;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target whose transitions end almost at once wins every race with the model's steps: that is never held
 * against it. The check passes, naming the races it counted, or, when most transitional predictions were
 * overtaken, ends NOT_VERIFIED with cause RACE; it never fails.
 */
class ModelRacesTest {
    private static final String CHECK = "model.stateful-sequences";

    @Test
    void transitionsThatEndAtOnceAreRacesNeverFailures() {
        try (ReferenceServer fast = ReferenceServer.builder().createDuration(Duration.ofMillis(40))
                .rebootDuration(Duration.ofMillis(40)).modifyDuration(Duration.ofMillis(40))
                .deleteDuration(Duration.ofMillis(40)).start()) {
            CheckResult r = DaxConformance.against(fast.endpoint()).withTries(25).withSeed(7).onlyChecks(CHECK).run()
                    .checks().stream().filter(c -> c.id().equals(CHECK)).findFirst().orElseThrow();

            System.out.println("against 40 ms transitions: " + r.outcome() + ": " + r.message());
            assertThat(r.outcome()).as(r.message()).isIn(Outcome.PASSED, Outcome.NOT_VERIFIED);
            if (r.outcome() == Outcome.NOT_VERIFIED) {
                assertThat(r.cause()).isEqualTo(NotVerifiedCause.RACE);
                assertThat(r.message()).containsPattern("\\d+ of \\d+ predictions for clusters in transition");
            } else {
                assertThat(r.message()).containsPattern("\\d+ overtaken by the target \\(races\\)");
            }
        }
    }
}
