package org.daxkit.reports.matrix;

import org.daxkit.reports.html.HtmlPage;
import org.daxkit.reports.html.HtmlParts;
import org.daxkit.reports.analysis.OutcomeCounts;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.text.Html;
import org.daxkit.reports.text.OutcomeText;

/** matrix.html: the check x target matrix as one self-contained page. */
public final class MatrixHtmlRenderer {

    private MatrixHtmlRenderer() {
    }

    public static String render(Matrix m) {
        int columns = m.targets().size() + 2;
        StringBuilder html = new StringBuilder("<header class=\"card\">\n<h1>DAX RebootNode conformance matrix</h1>\n<p>")
                .append(m.targets().size()).append(" targets, ").append(m.groups().stream().mapToInt(g -> g.rows().size()).sum())
                .append(" checks. ").append(Html.esc(MatrixCell.legend())).append("</p>\n</header>\n");
        html.append("<table class=\"matrix\">\n<thead><tr><th class=\"check-col\">Check</th><th>Level</th>");
        m.targets().forEach(t -> html.append("<th>").append(Html.esc(t)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (Matrix.Group g : m.groups()) {
            html.append("<tr class=\"group\"><th colspan=\"").append(columns).append("\"><code>")
                    .append(Html.esc(g.clause().id())).append("</code> ").append(HtmlParts.level(g.clause().level()))
                    .append(" <span class=\"clause-text\">").append(Html.esc(g.clause().text())).append("</span></th></tr>\n");
            if (g.rows().isEmpty()) {
                html.append("<tr><td colspan=\"").append(columns).append("\">")
                        .append(HtmlParts.badge("o-unchecked", "unchecked")).append(" no run checks this clause</td></tr>\n");
            }
            g.rows().forEach(r -> html.append(row(r)));
        }
        html.append("</tbody>\n<tfoot>\n<tr class=\"totals\"><td colspan=\"2\">Totals</td>");
        m.totals().forEach(s -> html.append("<td>").append(totals(s)).append("</td>"));
        html.append("</tr>\n<tr class=\"totals\"><td colspan=\"2\">Verdict</td>");
        m.verdicts().forEach(v -> html.append("<td title=\"").append(Html.esc(v.reason())).append("\">")
                .append(HtmlParts.verdictBadge(v)).append("</td>"));
        html.append("</tr>\n</tfoot>\n</table>\n");
        return HtmlPage.of("DAX conformance matrix: " + String.join(", ", m.targets()), html.toString());
    }

    /** One small badge per outcome that occurred, e.g. "✔ 12" "✘ 3". */
    private static String totals(Summary s) {
        StringBuilder badges = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            int n = OutcomeCounts.count(s, o);
            if (n > 0) {
                badges.append(HtmlParts.badge(OutcomeText.cssClass(o), OutcomeText.symbol(o) + " " + n)).append(' ');
            }
        }
        return badges.isEmpty() ? "no checks" : badges.toString().trim();
    }

    private static String row(Matrix.Row r) {
        StringBuilder html = new StringBuilder("<tr><td><code class=\"check-id\">").append(Html.esc(r.checkId()))
                .append("</code><br/><span class=\"check-title\">").append(Html.esc(r.title())).append("</span></td><td>").append(HtmlParts.level(r.level())).append("</td>");
        for (CheckResult c : r.cells()) {
            String css = c == null ? "o-absent" : OutcomeText.cssClass(c.outcome());
            html.append("<td class=\"cell\"");
            if (c != null && c.message() != null) {
                html.append(" title=\"").append(Html.esc(c.message())).append('"');
            }
            html.append('>').append(HtmlParts.badge(css, MatrixCell.text(c))).append("</td>");
        }
        return html.append("</tr>\n").toString();
    }
}
