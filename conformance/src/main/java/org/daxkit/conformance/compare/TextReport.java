package org.daxkit.conformance.compare;

import java.io.PrintStream;

/** The comparison as plain text for a terminal: a heading per section, one line per row. */
final class TextReport {
    private TextReport() {
    }

    static void print(Comparison c, PrintStream out) {
        out.println("Comparing calibration records");
        out.println("  A: " + c.a().describe());
        out.println("  B: " + c.b().describe());
        for (Section s : c.sections()) {
            out.println();
            out.println("== " + s.title() + " ==");
            out.println("   (" + s.about() + ")");
            for (Row r : s.rows()) {
                out.println(line(r));
            }
            if (s.rows().isEmpty() && s.same() == 0) {
                out.println("  nothing to compare");
            } else if (s.same() > 0) {
                out.println("  " + s.same() + " compared items agree");
            }
        }
        out.println();
        out.println("Summary: " + c.summary());
    }

    private static String line(Row r) {
        String head = String.format("  %-10s %s", r.kind().label(), r.key());
        return switch (r.kind()) {
            case ONLY_A -> head + "   A: " + r.a();
            case ONLY_B -> head + "   B: " + r.b();
            case DIFFERS, MEASURED -> head + "\n             A: " + r.a() + "\n             B: " + r.b();
        };
    }
}
