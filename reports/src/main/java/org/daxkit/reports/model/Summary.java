package org.daxkit.reports.model;

import java.util.List;

/** Counts of outcomes. */
public record Summary(int passed, int failed, int notVerified, int notImplemented, int excused) {

    public static Summary of(List<CheckResult> checks) {
        int[] n = new int[Outcome.values().length];
        for (CheckResult c : checks) {
            n[c.outcome().ordinal()]++;
        }
        return new Summary(n[Outcome.PASSED.ordinal()], n[Outcome.FAILED.ordinal()],
                n[Outcome.NOT_VERIFIED.ordinal()], n[Outcome.NOT_IMPLEMENTED.ordinal()],
                n[Outcome.EXCUSED.ordinal()]);
    }

    public int total() {
        return passed + failed + notVerified + notImplemented + excused;
    }
}
