package org.daxkit.reports.html;

import org.daxkit.reports.analysis.ClauseSections;
import org.daxkit.reports.analysis.FaultLedger;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.text.Formats;
import org.daxkit.reports.text.Html;

/**
 * report.html: one self-contained page for one run. Header and verdict, the outcome bar, the fault
 * ledger, each failure with its reproducer, then every clause with its checks.
 */
public final class HtmlReportRenderer {

    private HtmlReportRenderer() {
    }

    public static String render(RunResults results) {
        CheckAnchors anchors = new CheckAnchors(Runs.checks(results));
        RunInfo run = Runs.run(results);
        String body = RunHeaderHtml.of(results)
                + SummaryBarHtml.of(Runs.summary(results))
                + FaultLedgerHtml.of(FaultLedger.of(results), anchors)
                + ReproducersHtml.of(results, anchors)
                + ClausesHtml.of(ClauseSections.of(results), anchors)
                + ClustersHtml.of(results)
                + "<footer>Written by the DAX conformance kit " + Html.esc(Formats.orDash(run.kitVersion()))
                + " from results.json schema " + Html.esc(Formats.orDash(results.schemaVersion())) + ".</footer>\n";
        return HtmlPage.of("DAX conformance: " + Runs.targetName(results, "unnamed target"), body);
    }
}
