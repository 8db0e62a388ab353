package org.daxkit.reports.html;

import java.util.List;
import org.daxkit.reports.analysis.FaultLedger;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.text.Formats;
import org.daxkit.reports.text.Html;
import org.daxkit.reports.text.OutcomeText;

/** The ledger of RebootNode's listed faults: for each, whether a check triggered it and what came back. */
final class FaultLedgerHtml {

    private FaultLedgerHtml() {
    }

    static String of(List<FaultLedger.Entry> entries, CheckAnchors anchors) {
        StringBuilder html = new StringBuilder("<section id=\"faults\">\n<h2>RebootNode fault ledger</h2>\n");
        html.append("<table class=\"faults\">\n<thead><tr><th>Fault</th><th>Status</th><th>Observed</th>")
                .append("<th>Checks</th></tr></thead>\n<tbody>\n");
        for (FaultLedger.Entry e : entries) {
            html.append("<tr><td><code>").append(Html.esc(e.fault())).append("</code></td><td>")
                    .append(HtmlParts.badge(e.status().cssClass(), e.status().label()));
            if (e.excused()) {
                html.append(" (excused)");
            }
            html.append("</td><td>").append(Html.esc(Formats.orDash(e.observed()))).append("</td><td>")
                    .append(checkLinks(e.checks(), anchors)).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static String checkLinks(List<CheckResult> checks, CheckAnchors anchors) {
        if (checks.isEmpty()) {
            return "no check sets this fault";
        }
        StringBuilder links = new StringBuilder();
        for (CheckResult c : checks) {
            if (!links.isEmpty()) {
                links.append("<br/>");
            }
            links.append(Html.esc(OutcomeText.symbol(c.outcome()))).append(" <a href=\"#")
                    .append(anchors.check(c)).append("\">").append(Html.esc(c.id())).append("</a>");
        }
        return links.toString();
    }
}
