package org.daxkit.conformance.support;

import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.properties.PropertyFalsified;
import org.daxkit.conformance.properties.ExampleCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
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

    @Test
    void countsTheDistinctExamplesActuallyRunNotTheBudget() {
        ExampleCounts counts = new ExampleCounts();
        PropertyChecks.forAll(3L, 25, 10, counts, Generate.pick(java.util.List.of(1, 2, 3)), n -> { });
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
