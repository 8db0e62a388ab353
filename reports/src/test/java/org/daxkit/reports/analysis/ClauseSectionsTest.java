package org.daxkit.reports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.reports.Samples;
import org.junit.jupiter.api.Test;

class ClauseSectionsTest {

    @Test
    void checksGroupUnderCatalogClausesAndStrangersComeLast() {
        List<ClauseSection> sections = ClauseSections.of(Samples.results());

        assertThat(sections).extracting(s -> s.clause().id())
                .containsExactly("RN-1", "RN-2", "RN-3.1", "RN-3.2", "RN-3.3", "RN-3.4", "RN-3.5", "RN-3.6", "RN-4", "RN-5", "RN-9");
        ClauseSection rn5 = sections.get(9);
        assertThat(rn5.unchecked()).isTrue();
        ClauseSection rn4 = sections.get(8);
        assertThat(rn4.checks()).extracting(c -> c.id()).containsExactly("reboot.twice");
        assertThat(rn4.missingChecks()).containsExactly("reboot.twice-events");
        ClauseSection stranger = sections.get(10);
        assertThat(stranger.inCatalog()).isFalse();
        assertThat(stranger.clause().text()).isEqualTo(ClauseSections.NOT_IN_CATALOG);
        assertThat(stranger.checks()).extracting(c -> c.id()).containsExactly("wire.request-id");
    }
}
