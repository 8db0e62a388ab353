package org.daxkit.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.daxkit.reports.analysis.OutcomeCounts;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.text.Formats;
import org.daxkit.reports.text.Html;
import org.daxkit.reports.text.OutcomeText;

/** Counts per outcome as a proportional coloured bar with a legend. */
final class SummaryBarHtml {

    private SummaryBarHtml() {
    }

    static String of(Summary s) {
        StringBuilder bar = new StringBuilder();
        StringBuilder legend = new StringBuilder();
        List<String> spoken = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            int n = OutcomeCounts.count(s, o);
            String text = n + " " + OutcomeText.label(o);
            spoken.add(text);
            if (n > 0) {
                bar.append("<span class=\"").append(OutcomeText.cssClass(o)).append("\" style=\"width:")
                        .append(Formats.percent(n, s.total())).append("\" title=\"").append(Html.esc(text))
                        .append("\"></span>");
            }
            legend.append("<li>").append(HtmlParts.outcome(o)).append(" <strong>").append(n).append("</strong></li>");
        }
        legend.append("<li>total <strong>").append(s.total()).append("</strong></li>");
        return "<section id=\"summary\" class=\"card\">\n<div class=\"bar\" role=\"img\" aria-label=\""
                + Html.esc(String.join(", ", spoken)) + "\">" + bar + "</div>\n<ul class=\"legend\">" + legend
                + "</ul>\n</section>\n";
    }
}
