package org.daxkit.conformance.run;

import java.io.PrintStream;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;

/** Prints one line per check: {@code [ 3/41] PASSED  RN-3.2 fault.node-not-found  (12 ms)}, then why if not passed. */
public final class ProgressPrinter implements ProgressListener {
    private final PrintStream out;

    public ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void finished(CheckResult r, int index, int total) {
        int width = String.valueOf(total).length();
        out.printf("[%" + width + "d/%d] %-15s %-7s %s  (%d ms)%n", index, total, r.outcome(), r.clause(), r.id(),
                r.durationMillis());
        if (r.outcome() != Outcome.PASSED && r.message() != null) {
            out.println("        " + r.message().replace("\n", "\n        "));
        }
        out.flush();
    }
}
