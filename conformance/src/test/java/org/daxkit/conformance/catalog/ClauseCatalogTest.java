package org.daxkit.conformance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.conformance.checks.AllChecks;
import org.daxkit.conformance.check.Check;
import org.daxkit.conformance.check.CheckVerdict;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.Level;
import org.junit.jupiter.api.Test;

class ClauseCatalogTest {

    @Test
    void everyClauseHasACheckAndEveryCheckCitesAKnownClause() {
        assertThat(ClauseCatalog.load().problemsWith(AllChecks.list())).isEmpty();
    }

    @Test
    void theCatalogCoversEveryCheckFamily() {
        ClauseCatalog catalog = ClauseCatalog.load();
        assertThat(catalog.all()).extracting(ClauseInfo::id)
                .contains("RN-1.1", "RN-2.1", "RN-3.1", "RN-3.2", "RN-4.1", "RN-5.1", "RN-6.1");
        assertThat(catalog.clause("RN-3.2").level()).isEqualTo(Level.MUST);
        assertThat(catalog.clause("RN-5.5").level()).isEqualTo(Level.MAY);
        assertThat(AllChecks.list()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aClauseWithoutACheckIsReported() {
        ClauseCatalog catalog = new ClauseCatalog(List.of(
                new ClauseInfo("X-1", Level.MUST, "something", List.of()),
                new ClauseInfo("X-2", Level.MUST, "else", List.of("a.check"))));
        List<Check> checks = List.of(Check.of("a.check", "X-2", "t", ctx -> CheckVerdict.passed()));

        assertThat(catalog.problemsWith(checks)).containsExactly("clause X-1 has no check");
    }

    @Test
    void aCheckCitingAnUnknownClauseIsReported() {
        ClauseCatalog catalog = new ClauseCatalog(List.of(new ClauseInfo("X-1", Level.MUST, "s", List.of("a"))));
        List<Check> checks = List.of(Check.of("a", "X-1", "t", ctx -> CheckVerdict.passed()),
                Check.of("b", "X-9", "t", ctx -> CheckVerdict.passed()));

        assertThat(catalog.problemsWith(checks)).containsExactly("check b cites unknown clause X-9");
    }

    @Test
    void aClauseListingAnUnknownCheckIsReported() {
        ClauseCatalog catalog = new ClauseCatalog(List.of(new ClauseInfo("X-1", Level.MUST, "s", List.of("a", "zz"))));
        List<Check> checks = List.of(Check.of("a", "X-1", "t", ctx -> CheckVerdict.passed()));

        assertThat(catalog.problemsWith(checks)).containsExactly("clause X-1 lists unknown check zz");
    }
}
