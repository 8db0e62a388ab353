package org.daxkit.conformance.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.daxkit.conformance.DaxConformance;
import org.daxkit.conformance.checks.AllChecks;
import org.daxkit.conformance.check.Check;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suite proves it can fail: each mutant of the reference is caught by the check meant for it, with a
 * message naming the clause, what was required, what came back and the request sent. The same checks
 * pass through an unmodified proxy, so it is the mutation that is caught, not the proxy.
 */
class MutantsTest {
    private static ReferenceServer reference;

    @BeforeAll
    static void startReference() {
        reference = MutantReference.start(Duration.ofMillis(800));
    }

    @AfterAll
    static void stopReference() {
        reference.close();
    }

    @BeforeEach
    void resetReference() {
        reference.reset();
    }

    @Test
    void everyCheckOfTheSuiteHasAMutantMeantForIt() {
        assertThat(Arrays.stream(Mutant.values()).map(m -> m.check).distinct())
                .containsExactlyInAnyOrderElementsOf(AllChecks.list().stream().map(Check::id).toList());
    }

    @Test
    void everyTargetedCheckPassesThroughAnUnmodifiedProxy() throws Exception {
        String[] checks = Arrays.stream(Mutant.values()).map(m -> m.check).distinct().toArray(String[]::new);
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), new Mutation() { })) {
            RunResults results = DaxConformance.against(proxy.endpoint()).withTries(10).onlyChecks(checks).run();

            assertThat(results.checks()).extracting(CheckResult::id).contains(checks);
            assertThat(results.checks())
                    .allSatisfy(r -> assertThat(r.outcome()).as(r.id() + ": " + r.message()).isEqualTo(Outcome.PASSED));
        }
    }

    @ParameterizedTest
    @EnumSource(Mutant.class)
    void mutantIsCaughtByTheCheckMeantForIt(Mutant mutant) throws Exception {
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), mutant.mutation())) {
            RunResults results = DaxConformance.against(proxy.endpoint()).withTries(10).withShrinks(10).withSeed(42)
                    .onlyChecks(mutant.check).run();

            CheckResult r = results.checks().stream().filter(c -> c.id().equals(mutant.check)).findFirst()
                    .orElseThrow();
            assertThat(r.outcome()).as(mutant + ": " + r.message()).isEqualTo(Outcome.FAILED);
            assertThat(r.message())
                    .as("message of " + mutant)
                    .startsWith("[" + r.clause() + "] ")
                    .containsAnyOf(" must ", " should ", " may ")
                    .contains("got ")
                    .contains("\n  if this fails, check ")
                    .contains("request sent: POST ")
                    .contains("X-Amz-Target: AmazonDAXV3.")
                    .contains("replay with --seed 42");
            assertThat(r.reproducer()).as("reproducer of " + mutant).isNotNull();
            assertThat(r.reproducer().headers()).containsKey("X-Amz-Target");
            assertThat(r.reproducer().seed()).isEqualTo(42L);
        }
    }

}
