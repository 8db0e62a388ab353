package org.daxkit.conformance.run;

import org.daxkit.reports.model.CheckResult;

/** Hears about each check as it finishes. */
@FunctionalInterface
public interface ProgressListener {
    void finished(CheckResult result, int index, int total);

    ProgressListener SILENT = (r, i, n) -> { };
}
