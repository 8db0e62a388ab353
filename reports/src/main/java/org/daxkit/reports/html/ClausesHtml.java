package org.daxkit.reports.html;

import java.util.List;
import org.daxkit.reports.analysis.ClauseSection;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.text.Formats;
import org.daxkit.reports.text.Html;

/** One section per clause of the catalog, with the table of its checks, or marked unchecked. */
final class ClausesHtml {

    private ClausesHtml() {
    }

    static String of(List<ClauseSection> sections, CheckAnchors anchors) {
        StringBuilder html = new StringBuilder("<section id=\"clauses\">\n<h2>Clauses</h2>\n");
        for (int i = 0; i < sections.size(); i++) {
            html.append(section(sections.get(i), "clause-" + i, anchors));
        }
        return html.append("</section>\n").toString();
    }

    private static String section(ClauseSection s, String anchor, CheckAnchors anchors) {
        ClauseInfo clause = s.clause();
        StringBuilder html = new StringBuilder("<section class=\"clause card\" id=\"").append(anchor).append("\">\n<h3><code>")
                .append(Html.esc(clause.id())).append("</code> ").append(HtmlParts.level(clause.level()))
                .append(" <span class=\"clause-text\">").append(Html.esc(clause.text())).append("</span></h3>\n");
        if (s.unchecked()) {
            html.append("<p class=\"unchecked\">").append(HtmlParts.badge("o-unchecked", "unchecked"))
                    .append(" No check in this run cites this clause.</p>\n");
        } else {
            html.append("<table class=\"checks\">\n<thead><tr><th>Outcome</th><th>Check</th><th>Level</th>")
                    .append("<th class=\"num\">Duration</th><th>Message</th></tr></thead>\n<tbody>\n");
            s.checks().forEach(c -> html.append(row(c, anchors)));
            html.append("</tbody>\n</table>\n");
        }
        if (!s.missingChecks().isEmpty()) {
            html.append("<p class=\"unchecked\">Listed in the catalog but absent from this run: ")
                    .append(Html.esc(String.join(", ", s.missingChecks()))).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String row(CheckResult c, CheckAnchors anchors) {
        StringBuilder html = new StringBuilder("<tr id=\"").append(anchors.check(c)).append("\"><td>")
                .append(HtmlParts.outcome(c.outcome())).append("</td><td><code class=\"check-id\">").append(Html.esc(c.id()))
                .append("</code><br/><span class=\"check-title\">").append(Html.esc(c.title())).append("</span></td><td>")
                .append(HtmlParts.level(Runs.level(c))).append("</td><td class=\"num\">")
                .append(Html.esc(Formats.duration(c.durationMillis()))).append("</td><td class=\"msg\">")
                .append(Html.esc(c.message() == null ? "" : c.message()));
        if (c.outcome() == Outcome.FAILED) {
            html.append(" <a href=\"#").append(anchors.reproducer(c)).append("\">reproducer</a>");
        }
        return html.append("</td></tr>\n").toString();
    }
}
