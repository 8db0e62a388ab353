package org.daxkit.conformance.run;

import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.RunResults;

/** The CLI's exit codes. */
public final class ExitCodes {
    /** The reports' verdict is CONFORMANT and no check FAILED at any level. */
    public static final int CONFORMANT = 0;
    /**
     * A check FAILED (any level; stale or expired deviations count) or a MUST check found RebootNode not
     * implemented.
     */
    public static final int NON_CONFORMANT = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    /**
     * No check FAILED, but the run reached no verdict: a MUST check the target's capabilities allow was left
     * NOT_VERIFIED (a lost race, the time budget, a setup the kit could not make), or nothing passed at all.
     */
    public static final int INCONCLUSIVE = 4;

    private ExitCodes() {
    }

    public static int of(RunResults results) {
        // Stricter than the verdict on purpose: a CI gate must also trip on a failed SHOULD or a stale deviation.
        Verdict.Kind kind = Verdict.of(results).kind();
        if (kind == Verdict.Kind.NOT_CONFORMANT || results.summary().failed() > 0) {
            return NON_CONFORMANT;
        }
        return kind == Verdict.Kind.INCONCLUSIVE ? INCONCLUSIVE : CONFORMANT;
    }
}
