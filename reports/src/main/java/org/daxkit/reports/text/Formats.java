package org.daxkit.reports.text;

import java.util.Locale;

/** Number formats shared by the renderers; Locale.ROOT so a German CI still writes "0.250". */
public final class Formats {

    private Formats() {
    }

    /** A duration for people: "850 ms", "2.35 s". */
    public static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    /** A duration in seconds with millisecond precision, as JUnit XML wants it. */
    public static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, millis) / 1000.0);
    }

    /** A percentage with two decimals, for CSS widths. */
    public static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    /** The value, or an em dash for null or blank. */
    public static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "\u2014" : value.toString();
    }
}
