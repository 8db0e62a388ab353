package org.daxkit.conformance.support;

import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.properties.PropertyFalsified;
import org.daxkit.conformance.properties.ExampleCounts;
import org.daxkit.conformance.properties.PropertySettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.reports.model.NotVerifiedCause;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PropertyChecksTest {

    @Test
    void aShrinkCandidateThatCannotBeJudgedKeepsTheSmallestRealFailure() {
        // Values from 100 up fail; once a failure is found, every candidate below 100 aborts (as a lost race
        // would). Shrinking walks toward 0, so without care the abort would replace the failure found.
        AtomicBoolean failed = new AtomicBoolean();
        assertThatThrownBy(() -> PropertyChecks.forAll(7L, 50, 100, null, Generate.range(0, 1000), n -> {
            if (n < 100 && failed.get()) {
                throw CheckAborted.notVerified(NotVerifiedCause.RACE, "lost a race");
            }
            if (n < 100) {
                return;
            }
            failed.set(true);
            throw new CheckFailure("value " + n + " must be below 100; got " + n, null);
        })).isInstanceOf(PropertyFalsified.class).satisfies(e -> {
            PropertyFalsified f = (PropertyFalsified) e;
            assertThat(f.getCause()).isInstanceOf(CheckFailure.class);
            assertThat(f.smallest()).isEqualTo("100");
        });
    }

    /** Run side by side, a property finds and shrinks to the same failure as run one example at a time. */
    @Test
    void concurrentExamplesShrinkToTheSameFailureAsSequentialOnes() {
        PropertySettings settings = new PropertySettings(11L, 40, 100, null);
        Consumer<Integer> below300 = n -> {
            if (n >= 300) {
                throw new CheckFailure("value " + n + " must be below 300; got " + n, null);
            }
        };
        String sequential = smallest(() -> PropertyChecks.forAll(settings, Generate.range(0, 1000), below300));

        String concurrent = smallest(() -> PropertyChecks.forAllConcurrently(settings, Generate.range(0, 1000),
                below300, 4, Comparator.reverseOrder()));

        assertThat(concurrent).isEqualTo(sequential);
        assertThat(Integer.parseInt(concurrent)).as("a real failure").isGreaterThanOrEqualTo(300);
    }

    /** Each generated example runs once, in the order asked for; the property pass reuses its outcome. */
    @Test
    void concurrentExamplesStartInTheGivenOrderAndRunOnce() {
        PropertySettings settings = new PropertySettings(5L, 20, 10, null);
        List<Integer> started = new CopyOnWriteArrayList<>();

        PropertyChecks.forAllConcurrently(settings, Generate.range(0, 1000), started::add, 1,
                Comparator.reverseOrder());

        List<Integer> generated = PropertyChecks.examples(5L, 20, Generate.range(0, 1000));
        assertThat(started).hasSameSizeAs(generated).containsExactlyInAnyOrderElementsOf(generated)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static String smallest(Runnable property) {
        try {
            property.run();
        } catch (PropertyFalsified f) {
            return f.smallest();
        }
        throw new AssertionError("the property passed");
    }

    @Test
    void countsTheDistinctExamplesActuallyRunNotTheBudget() {
        ExampleCounts counts = new ExampleCounts();
        PropertyChecks.forAll(3L, 25, 10, counts, Generate.pick(List.of(1, 2, 3)), n -> { });
        assertThat(counts.current()).isEqualTo(3);

        counts.reset();
        PropertyChecks.forAll(3L, 25, 10, counts, Generate.range(0, 1_000_000), n -> { });
        assertThat(counts.current()).isBetween(20, 25);
    }

    @Test
    void aCheckWithoutPropertiesHasNoCount() {
        ExampleCounts counts = new ExampleCounts();
        counts.reset();
        assertThat(counts.current()).isNull();
    }
}
