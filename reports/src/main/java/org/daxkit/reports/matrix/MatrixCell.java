package org.daxkit.reports.matrix;

import org.daxkit.reports.analysis.Observed;
import org.daxkit.reports.analysis.OutcomeCounts;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.text.OutcomeText;

/** The short text of a matrix cell, the same in HTML and Markdown. */
final class MatrixCell {

    static final String ABSENT = "\u2014 absent";

    private MatrixCell() {
    }

    /** Outcome symbol and word; for a failed fault check, what came back instead. */
    static String text(CheckResult c) {
        if (c == null) {
            return ABSENT;
        }
        String observed = Observed.describe(c);
        if (c.outcome() == Outcome.FAILED && !observed.isEmpty()) {
            return OutcomeText.symbol(Outcome.FAILED) + " got " + observed;
        }
        return OutcomeText.badge(c.outcome());
    }

    /** Per-target totals in one line: "✔ 12  ✘ 3  ? 2  ∅ 0  ⚑ 1". */
    static String totals(Summary s) {
        StringBuilder line = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            line.append(line.isEmpty() ? "" : "  ").append(OutcomeText.symbol(o)).append(' ')
                    .append(OutcomeCounts.count(s, o));
        }
        return line.toString();
    }

    /** The key to the symbols, for the foot of both renderings. */
    static String legend() {
        StringBuilder legend = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            legend.append(OutcomeText.badge(o)).append(", ");
        }
        return legend.append(ABSENT).append(" (the target's run has no such check)").toString();
    }
}
