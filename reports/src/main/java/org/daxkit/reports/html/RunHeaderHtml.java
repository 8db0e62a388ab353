package org.daxkit.reports.html;

import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.TargetInfo;
import org.daxkit.reports.text.Formats;
import org.daxkit.reports.text.Html;

/** The top of the report: what was checked, when, with which seed and versions; then the verdict. */
final class RunHeaderHtml {

    private RunHeaderHtml() {
    }

    static String of(RunResults results) {
        TargetInfo target = Runs.target(results);
        RunInfo run = Runs.run(results);
        StringBuilder html = new StringBuilder("<header class=\"card\">\n<h1>DAX RebootNode conformance report</h1>\n");
        html.append("<dl class=\"meta\">\n");
        row(html, "Target", target.name());
        row(html, "Endpoint", target.endpointUrl());
        if (target.description() != null && !target.description().isBlank()) {
            row(html, "Description", target.description());
        }
        row(html, "Date", run.startedAt());
        row(html, "Duration", Formats.duration(run.durationMillis()));
        row(html, "Seed", run.seed() + " (replay with --seed " + run.seed() + ")");
        row(html, "Kit version", run.kitVersion());
        row(html, "AWS SDK for Java", run.sdkVersion());
        html.append("</dl>\n</header>\n");
        Verdict verdict = Verdict.of(results);
        html.append("<section class=\"verdict ").append(HtmlParts.verdictClass(verdict))
                .append("\" id=\"verdict\"><strong>").append(Html.esc(verdict.headline()))
                .append("</strong>").append(Html.esc(verdict.reason())).append("</section>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String term, String value) {
        html.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(Html.esc(Formats.orDash(value)))
                .append("</dd>\n");
    }
}
