package org.daxkit.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daxkit.reports.Samples;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.text.CurlCommand;
import org.junit.jupiter.api.Test;

class MarkdownSummaryRendererTest {

    private final String md = MarkdownSummaryRenderer.render(Samples.results());

    private List<String> lines() {
        return md.lines().toList();
    }

    @Test
    void endsWithTheFiveSlowestChecksAndTheirShareOfTheTime() {
        String time = md.substring(md.indexOf("### Where the time went"));

        // six checks of 340 ms, four of 12 ms and one of 3 ms: 2091 ms in all
        assertThat(time.lines().filter(l -> l.startsWith("| fault.")).toList()).hasSize(5)
                .first().isEqualTo("| fault.cluster-not-found | 0.3 s | 16% |");
        assertThat(time).doesNotContain("reboot.success");
    }

    @Test
    void startsWithTheVerdict() {
        assertThat(lines().get(0)).isEqualTo("## DAX RebootNode conformance: reference");
        assertThat(lines().get(2)).startsWith("**\u2718 Not conformant**: 2 MUST checks failed");
    }

    @Test
    void countsTable() {
        assertThat(md).contains("| \u2714 passed | 4 |\n", "| \u2718 failed | 3 |\n", "| ? not verified | 1 |\n",
                "| \u2205 not implemented | 1 |\n", "| \u2691 excused | 1 |\n", "| total | 10 |\n");
    }

    @Test
    void failuresAreListedWithClauseMessageSeedAndCurl() {
        assertThat(md).contains("### Failures (3)");
        assertThat(lines()).anySatisfy(l -> assertThat(l)
                .startsWith("| fault.invalid-cluster-state: title of fault.invalid-cluster-state | RN-3.3 | MUST | ")
                .endsWith(" | --seed " + Samples.SEED + " |"));
        assertThat(md).contains(CurlCommand.of(Samples.checks().get(4).reproducer()));
    }

    @Test
    void pipesAndLineBreaksInCellsAreEscapedSoTheRowStaysOneRowOfFiveCells() {
        String row = lines().stream().filter(l -> l.startsWith("| wire.request-id")).findFirst().orElseThrow();

        assertThat(row).isEqualTo("| wire.request-id: x-amzn-RequestId \\| present | RN-9 | SHOULD"
                + " | missing x-amzn-RequestId \\| expected a header<br>second line | --seed " + Samples.SEED + " |");
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
    }

    @Test
    void hostileMarkupIsEscaped() {
        assertThat(md).doesNotContain("<script>").contains("\\<script\\>alert(1)\\</script\\>");
    }

    @Test
    void notVerifiedChecksAreListedWithTheirReason() {
        assertThat(md).contains("### Not verified (1)\n\n| Check | Clause | Reason |\n|---|---|---|\n"
                + "| fault.service-linked-role: title of fault.service-linked-role | RN-3.4 "
                + "| target lacks capability faultInjection: cannot remove the service-linked role |\n");
        assertThat(md).contains("### Excused by the deviations file (1)");
    }

    @Test
    void aCleanRunHasNoFailureSection() {
        String clean = MarkdownSummaryRenderer.render(Samples.results("ok",
                List.of(Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null))));

        assertThat(clean).contains("**\u2714 Conformant**").doesNotContain("### Failures").doesNotContain("### Not verified");
    }
}
