package org.daxkit.conformance.run;

import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;

/** The CLI's exit codes. */
public final class ExitCodes {
    /** No check FAILED (stale or expired deviations count as failures) and at least one PASSED. */
    public static final int CONFORMANT = 0;
    /** A check FAILED, or nothing was verified at all (zero checks passed is never a pass). */
    public static final int NON_CONFORMANT = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    private ExitCodes() {
    }

    public static int of(RunResults results) {
        Summary s = results.summary();
        return s.failed() == 0 && s.passed() > 0 ? CONFORMANT : NON_CONFORMANT;
    }
}
