package org.daxkit.reports.text;

import org.daxkit.reports.model.Outcome;

/** How an outcome is named and marked everywhere, so HTML, Markdown and the matrix agree. */
public final class OutcomeText {

    private OutcomeText() {
    }

    public static String label(Outcome o) {
        return switch (o) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_VERIFIED -> "not verified";
            case NOT_IMPLEMENTED -> "not implemented";
            case EXCUSED -> "excused";
        };
    }

    /** A one-character mark; plain symbols rather than emoji so they render without colour-emoji fonts. */
    public static String symbol(Outcome o) {
        return switch (o) {
            case PASSED -> "\u2714";          // heavy check mark
            case FAILED -> "\u2718";          // heavy ballot x
            case NOT_VERIFIED -> "?";
            case NOT_IMPLEMENTED -> "\u2205"; // empty set
            case EXCUSED -> "\u2691";         // flag: a deviation was declared
        };
    }

    public static String cssClass(Outcome o) {
        return "o-" + o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String badge(Outcome o) {
        return symbol(o) + " " + label(o);
    }
}
