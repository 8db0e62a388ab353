package org.daxkit.reports.html;

import java.util.Locale;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.text.Html;
import org.daxkit.reports.text.OutcomeText;

/** Small inline markup pieces shared by the report and the matrix; every text goes through Html.esc. */
public final class HtmlParts {

    private HtmlParts() {
    }

    public static String outcome(Outcome o) {
        return badge(OutcomeText.cssClass(o), OutcomeText.badge(o));
    }

    /** A badge; {@code cssClass} is one of the style sheet's own class names, never run data. */
    public static String badge(String cssClass, String text) {
        return "<span class=\"badge " + cssClass + "\">" + Html.esc(text) + "</span>";
    }

    public static String level(Level level) {
        if (level == null) {
            return "<span class=\"level\">\u2014</span>";
        }
        return "<span class=\"level l-" + level.name().toLowerCase(Locale.ROOT) + "\">" + level.name() + "</span>";
    }

    public static String verdictBadge(Verdict v) {
        Outcome look = switch (v.kind()) {
            case CONFORMANT -> Outcome.PASSED;
            case NOT_CONFORMANT -> Outcome.FAILED;
            case INCONCLUSIVE -> Outcome.NOT_VERIFIED;
        };
        return badge(OutcomeText.cssClass(look), OutcomeText.symbol(look) + " " + v.headline());
    }

    /** CSS class of the verdict box: v-conformant, v-not-conformant, v-inconclusive. */
    static String verdictClass(Verdict v) {
        return "v-" + v.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
