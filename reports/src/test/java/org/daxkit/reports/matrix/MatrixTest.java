package org.daxkit.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.reports.Samples;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private final Matrix m = Matrix.of(List.of(MatrixSamples.reference(), MatrixSamples.stubs(), MatrixSamples.moto()));

    private Matrix.Row row(String checkId) {
        return m.groups().stream().flatMap(g -> g.rows().stream())
                .filter(r -> r.checkId().equals(checkId)).findFirst().orElseThrow();
    }

    @Test
    void oneColumnPerTargetInInputOrder() {
        assertThat(m.targets()).containsExactly("reference", "stubs", "moto 5.2.1");
        assertThat(m.totals()).extracting(s -> s.total()).containsExactly(10, 9, 10);
        assertThat(m.verdicts()).extracting(Verdict::kind).containsOnly(Verdict.Kind.NOT_CONFORMANT);
    }

    @Test
    void rowsAreGroupedByClauseInCatalogOrder() {
        assertThat(m.groups()).extracting(g -> g.clause().id())
                .containsExactly("RN-1", "RN-2", "RN-3.1", "RN-3.2", "RN-3.3", "RN-3.4", "RN-3.5", "RN-3.6", "RN-4", "RN-5", "RN-9");
        assertThat(m.groups().get(1).rows()).extracting(Matrix.Row::checkId)
                .containsExactly("reboot.node-rebooting", "stubs.only");
        assertThat(m.groups().get(9).rows()).isEmpty();
    }

    @Test
    void aCheckMissingFromATargetIsAnAbsentCell() {
        Matrix.Row slr = row("fault.service-linked-role");
        assertThat(slr.cells().get(0).outcome()).isEqualTo(Outcome.NOT_VERIFIED);
        assertThat(slr.cells().get(1)).isNull();
        assertThat(MatrixCell.text(slr.cells().get(1))).isEqualTo("\u2014 absent");

        Matrix.Row stubsOnly = row("stubs.only");
        assertThat(stubsOnly.cells().get(0)).isNull();
        assertThat(stubsOnly.cells().get(1).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(stubsOnly.cells().get(2)).isNull();
    }

    @Test
    void cellTextSaysWhatAFailedFaultCheckGotInstead() {
        Matrix.Row cnf = row("fault.cluster-not-found");

        assertThat(cnf.cells()).extracting(MatrixCell::text)
                .containsExactly("\u2714 passed", "\u2714 passed", "\u2718 got InternalFailure, HTTP 500");
    }

    @Test
    void repeatedOrMissingTargetNamesAreMadeUnique() {
        Matrix twice = Matrix.of(List.of(Samples.results("x", List.of()), Samples.results("x", List.of()),
                Samples.results(null, List.of())));

        assertThat(twice.targets()).containsExactly("x", "x (2)", "target 3");
    }
}
