package org.daxkit.reports.markdown;

import java.util.List;
import java.util.Locale;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.CreatedCluster;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.model.TargetInfo;
import org.daxkit.reports.text.CurlCommand;
import org.daxkit.reports.text.MarkdownText;
import org.daxkit.reports.text.OutcomeText;

/**
 * summary.md, for a CI step summary (GitHub's $GITHUB_STEP_SUMMARY): the verdict, the counts, the
 * failures with their seed and curl reproducer, the checks that did not verify anything, with why, the
 * clusters the run created, and the slowest checks.
 */
public final class MarkdownSummaryRenderer {

    private static final int SLOWEST = 5;

    private MarkdownSummaryRenderer() {
    }

    public static String render(RunResults results) {
        Verdict verdict = Verdict.of(results);
        TargetInfo target = Runs.target(results);
        RunInfo run = Runs.run(results);
        StringBuilder md = new StringBuilder();
        md.append("## DAX RebootNode conformance: ").append(MarkdownText.cell(Runs.targetName(results, "unnamed target")))
                .append("\n\n");
        md.append("**").append(verdictMark(verdict)).append(' ').append(MarkdownText.cell(verdict.headline()))
                .append("**: ").append(MarkdownText.cell(verdict.reason())).append("\n\n");
        md.append("Endpoint ").append(MarkdownText.cell(target.endpointUrl())).append(" · ")
                .append(MarkdownText.cell(run.startedAt())).append(" · seed ").append(run.seed())
                .append(" · kit ").append(MarkdownText.cell(run.kitVersion()))
                .append(" · AWS SDK ").append(MarkdownText.cell(run.sdkVersion())).append("\n\n");
        counts(md, Runs.summary(results));
        failures(md, results);
        listed(md, results, Outcome.NOT_VERIFIED, "Not verified", "Reason");
        listed(md, results, Outcome.NOT_IMPLEMENTED, "Not implemented", "Message");
        listed(md, results, Outcome.EXCUSED, "Excused by the deviations file", "Excuse");
        clusters(md, results);
        time(md, results);
        return md.toString();
    }

    private static String verdictMark(Verdict v) {
        return switch (v.kind()) {
            case CONFORMANT -> OutcomeText.symbol(Outcome.PASSED);
            case NOT_CONFORMANT -> OutcomeText.symbol(Outcome.FAILED);
            case INCONCLUSIVE -> OutcomeText.symbol(Outcome.NOT_VERIFIED);
        };
    }

    private static void counts(StringBuilder md, Summary s) {
        md.append("| Outcome | Checks |\n|---|---:|\n");
        row(md, OutcomeText.badge(Outcome.PASSED), String.valueOf(s.passed()));
        row(md, OutcomeText.badge(Outcome.FAILED), String.valueOf(s.failed()));
        row(md, OutcomeText.badge(Outcome.NOT_VERIFIED), String.valueOf(s.notVerified()));
        row(md, OutcomeText.badge(Outcome.NOT_IMPLEMENTED), String.valueOf(s.notImplemented()));
        row(md, OutcomeText.badge(Outcome.EXCUSED), String.valueOf(s.excused()));
        row(md, "total", String.valueOf(s.total()));
        md.append('\n');
    }

    private static void failures(StringBuilder md, RunResults results) {
        List<CheckResult> failed = with(results, Outcome.FAILED);
        if (failed.isEmpty()) {
            return;
        }
        md.append("### Failures (").append(failed.size()).append(")\n\n");
        md.append("| Check | Clause | Level | Message | Seed |\n|---|---|---|---|---|\n");
        for (CheckResult c : failed) {
            row(md, checkName(c), c.clause(), String.valueOf(Runs.level(c)), c.message(),
                    "--seed " + Runs.seed(results, c));
        }
        md.append("\n<details><summary>Reproducers (curl)</summary>\n\n");
        for (CheckResult c : failed) {
            md.append("**").append(MarkdownText.cell(c.id())).append("** (replay the run with --seed ")
                    .append(Runs.seed(results, c)).append(")\n\n");
            md.append(c.reproducer() == null ? "No request was recorded for this check.\n"
                    : MarkdownText.codeBlock("sh", CurlCommand.of(c.reproducer())));
            md.append('\n');
        }
        md.append("</details>\n\n");
    }

    private static void listed(StringBuilder md, RunResults results, Outcome outcome, String title, String column) {
        List<CheckResult> checks = with(results, outcome);
        if (checks.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append(" (").append(checks.size()).append(")\n\n");
        md.append("| Check | Clause | ").append(column).append(" |\n|---|---|---|\n");
        checks.forEach(c -> row(md, checkName(c), c.clause(), c.message()));
        md.append('\n');
    }

    private static List<CheckResult> with(RunResults results, Outcome outcome) {
        return Runs.checks(results).stream().filter(c -> c.outcome() == outcome).toList();
    }

    private static String checkName(CheckResult c) {
        return c.title() == null ? c.id() : c.id() + ": " + c.title();
    }

    /** One table row; every cell is escaped so a '|' or a line break in a message cannot break the table. */
    private static void clusters(StringBuilder md, RunResults results) {
        List<CreatedCluster> clusters = Runs.clusters(results);
        if (clusters.isEmpty()) {
            return;
        }
        long accepted = clusters.stream().filter(c -> CreatedCluster.ACCEPTED.equals(c.deletion())).count();
        md.append("### Clusters created (").append(clusters.size()).append(", deletion accepted for ")
                .append(accepted).append(")\n\n| Cluster | Nodes | Deletion |\n|---|---:|---|\n");
        for (CreatedCluster c : clusters) {
            row(md, c.name(), String.valueOf(c.nodes()), c.deletion());
        }
        md.append('\n');
    }

    /** Where a slow run's time went: the slowest checks, each with its share of all checks' time. */
    private static void time(StringBuilder md, RunResults results) {
        long total = Runs.checks(results).stream().mapToLong(CheckResult::durationMillis).sum();
        if (total <= 0) {
            return;
        }
        md.append("### Where the time went\n\n| Check | Time | Share of all checks' time |\n|---|---:|---:|\n");
        for (CheckResult c : Runs.slowest(results, SLOWEST)) {
            row(md, c.id(), String.format(Locale.ROOT, "%.1f s", c.durationMillis() / 1000.0),
                    Math.round(100.0 * c.durationMillis() / total) + "%");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(MarkdownText.cell(cell)).append(" |");
        }
        md.append('\n');
    }
}
