package org.daxkit.conformance.mutants;


import java.time.Duration;
import org.daxkit.conformance.DaxConformance;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model check's failures shrink to the steps that matter: against each mutant meant for it, the smallest
 * case it reports keeps at most three steps after creating its two clusters.
 */
class ModelShrinkingTest {
    private static final String CHECK = "model.stateful-sequences";
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

    @ParameterizedTest
    @EnumSource(value = Mutant.class, names = {"DUPLICATE_CREATE_WRONG_FAULT", "REBOOT_WHILE_CREATING_SUCCEEDS",
            "ACTIVE_NODES_LAG_AFTER_REBOOT", "REBOOT_SPILLS_TO_OTHER_CLUSTERS"})
    void theSmallestFailingCaseKeepsOnlyTheStepsThatMatter(Mutant mutant) throws Exception {
        try (MutatingProxy proxy = new MutatingProxy(reference.endpoint(), mutant.mutation())) {
            CheckResult r = DaxConformance.against(proxy.endpoint()).withTries(25).withShrinks(100).withSeed(42)
                    .onlyChecks(CHECK).run().checks().stream().filter(c -> c.id().equals(CHECK)).findFirst()
                    .orElseThrow();

            assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.FAILED);
            String smallest = r.message().substring(r.message().lastIndexOf("smallest failing case"));
            String steps = smallest.substring(smallest.indexOf("; then [") + "; then [".length());
            int count = steps.startsWith("]") ? 0 : steps.split("\\), ").length;
            System.out.println(mutant.name() + ": " + count + " step(s) after the creates: " + smallest);
            assertThat(count).as(smallest).isBetween(1, 3);
        }
    }
}
