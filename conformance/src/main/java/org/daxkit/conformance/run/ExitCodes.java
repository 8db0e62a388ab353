package org.daxkit.conformance.run;

import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.RunResults;

/** The CLI's exit codes. */
public final class ExitCodes {
    /** The reports' verdict is CONFORMANT and no check FAILED at any level. */
    public static final int CONFORMANT = 0;
    /**
     * A check FAILED (any level; stale or expired deviations count), a MUST check found RebootNode not
     * implemented, or nothing was verified at all.
     */
    public static final int NON_CONFORMANT = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    private ExitCodes() {
    }

    public static int of(RunResults results) {
        // Stricter than the verdict on purpose: a CI gate must also trip on a failed SHOULD or a stale deviation.
        boolean conformant = Verdict.of(results).kind() == Verdict.Kind.CONFORMANT;
        return conformant && results.summary().failed() == 0 ? CONFORMANT : NON_CONFORMANT;
    }
}
