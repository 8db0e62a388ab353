package org.daxkit.conformance.support;

import org.daxkit.conformance.fixtures.ClusterNames;
import org.daxkit.conformance.properties.PropertyChecks;
import org.daxkit.conformance.properties.PropertyFalsified;
import org.daxkit.conformance.properties.Generators;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class GeneratorsTest {

    @Test
    void generatedMalformedClusterNamesBreakTheNamingRules() {
        PropertyChecks.forAll(1L, 300, 0, null, Generators.malformedClusterNames(),
                name -> assertThat(ClusterNames.isValid(name)).as(name).isFalse());
    }

    @Test
    void generatedMalformedNodeIdsAreNotOneToSixtyFourLettersDigitsOrHyphens() {
        PropertyChecks.forAll(2L, 300, 0, null, Generators.malformedNodeIds(),
                id -> assertThat(id).doesNotMatch("[A-Za-z0-9-]{1,64}"));
    }

    @Test
    void wellFormedNodeIdsAreWellFormed() {
        PropertyChecks.forAll(3L, 300, 0, null, Generators.wellFormedNodeIds(),
                id -> assertThat(id).matches("[a-z][a-z0-9-]{0,19}"));
    }

    @Test
    void freshNamesPlusATailStayValidAndNeverRepeat() {
        ClusterNames names = new ClusterNames();
        List<String> seen = new ArrayList<>();
        PropertyChecks.forAll(4L, 300, 0, null, Generators.nameTails(), tail -> {
            String name = names.fresh() + tail;
            assertThat(ClusterNames.isValid(name)).as(name).isTrue();
            assertThat(seen).doesNotContain(name);
            seen.add(name);
        });
    }

    @Test
    void theNamingRulesAreDaxs() {
        assertThat(ClusterNames.isValid("a")).isTrue();
        assertThat(ClusterNames.isValid("my-cluster-1")).isTrue();
        assertThat(ClusterNames.isValid("a".repeat(20))).isTrue();
        assertThat(ClusterNames.isValid("a".repeat(21))).isFalse();
        assertThat(ClusterNames.isValid("1abc")).isFalse();
        assertThat(ClusterNames.isValid("abc-")).isFalse();
        assertThat(ClusterNames.isValid("a--b")).isFalse();
        assertThat(ClusterNames.isValid("a_b")).isFalse();
        assertThat(ClusterNames.isValid("")).isFalse();
    }

    @Test
    void aFailingPropertyShrinksAndReportsTheSeed() {
        assertThatThrownBy(() -> PropertyChecks.forAll(99L, 50, 100, null, Generate.range(0, 1000),
                n -> assertThat(n).isLessThan(10)))
                .isInstanceOf(PropertyFalsified.class)
                .satisfies(e -> {
                    PropertyFalsified f = (PropertyFalsified) e;
                    assertThat(f.smallest()).isEqualTo("10");
                    assertThat(f.seed()).isEqualTo(99L);
                    assertThat(f.getCause()).isInstanceOf(AssertionError.class);
                });
    }

    @Test
    void anAbortedPropertyStopsAtOnceWithoutShrinking() {
        List<Integer> tried = new ArrayList<>();
        assertThatThrownBy(() -> PropertyChecks.forAll(5L, 50, 100, null, Generate.range(0, 1000), n -> {
            tried.add(n);
            throw CheckAborted.notImplemented("no RebootNode here");
        })).isInstanceOf(CheckAborted.class).satisfies(e ->
                assertThat(((CheckAborted) e).outcome()).isEqualTo(Outcome.NOT_IMPLEMENTED));
        assertThat(tried).hasSize(1);
    }
}
