package org.daxkit.conformance.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.daxkit.conformance.waits.WaitListener;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;

/** Prints one line per check: {@code [ 3/41] PASSED  RN-3.2 fault.node-not-found  (12 ms)}, then why if not passed. */
public final class ProgressPrinter implements ProgressListener, WaitListener {
    /** The console gets the gist; results.json and the reports keep the whole message. */
    private static final int MAX_LINES = 6;
    private static final int MAX_LINE = 200;

    private final PrintStream out;

    public ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void finished(CheckResult r, int index, int total) {
        int width = String.valueOf(total).length();
        String examples = r.examples() == null ? "" : ", " + r.examples() + (r.examples() == 1 ? " example"
                : " distinct examples");
        String cause = r.cause() == null ? "" : " [" + r.cause().name().toLowerCase(Locale.ROOT) + "]";
        out.printf("[%" + width + "d/%d] %-15s %-7s %s%s  (%d ms%s)%n", index, total, r.outcome(), r.clause(), r.id(),
                cause, r.durationMillis(), examples);
        if (r.outcome() != Outcome.PASSED && r.message() != null) {
            r.message().lines().limit(MAX_LINES).forEach(line -> out.println("        " + clip(line)));
        }
        out.flush();
    }

    @Override
    public void stillWaiting(String what, Duration elapsed, Duration limit) {
        out.printf("        ... still waiting for %s: %d s of at most %d s%n", what, elapsed.toSeconds(),
                limit.toSeconds());
        out.flush();
    }

    private static String clip(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "...";
    }
}
