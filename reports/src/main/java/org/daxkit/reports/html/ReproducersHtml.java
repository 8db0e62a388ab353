package org.daxkit.reports.html;

import java.util.List;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Reproducer;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.text.CurlCommand;
import org.daxkit.reports.text.Html;
import org.daxkit.reports.text.RequestText;

/** For each failure: its message, the request sent, the curl command that resends it, and the seed. */
final class ReproducersHtml {

    private ReproducersHtml() {
    }

    static String of(RunResults results, CheckAnchors anchors) {
        List<CheckResult> failures = Runs.checks(results).stream().filter(c -> c.outcome() == Outcome.FAILED).toList();
        StringBuilder html = new StringBuilder("<section id=\"failures\">\n<h2>Failures and reproducers (")
                .append(failures.size()).append(")</h2>\n");
        if (failures.isEmpty()) {
            html.append("<p>No check failed.</p>\n");
        }
        for (CheckResult c : failures) {
            html.append("<article class=\"card repro\" id=\"").append(anchors.reproducer(c)).append("\">\n<h3>")
                    .append(HtmlParts.outcome(c.outcome())).append(" <code>").append(Html.esc(c.id())).append("</code> ")
                    .append(Html.esc(c.title())).append(" <a href=\"#").append(anchors.check(c)).append("\">")
                    .append(Html.esc("clause " + c.clause())).append("</a> ").append(HtmlParts.level(Runs.level(c)))
                    .append("</h3>\n<p class=\"msg\">").append(Html.esc(c.message())).append("</p>\n");
            Reproducer r = c.reproducer();
            if (r == null) {
                html.append("<p>No request was recorded for this check.</p>\n");
            } else {
                html.append("<h4>Request sent</h4>\n<pre>").append(Html.esc(RequestText.of(r))).append("</pre>\n")
                        .append("<h4>Reproduce with curl</h4>\n<pre class=\"cmd\">")
                        .append(Html.esc(CurlCommand.of(r))).append("</pre>\n");
            }
            html.append("<p>Replay the run: <code>--seed ").append(Runs.seed(results, c)).append("</code></p>\n")
                    .append("</article>\n");
        }
        return html.append("</section>\n").toString();
    }
}
