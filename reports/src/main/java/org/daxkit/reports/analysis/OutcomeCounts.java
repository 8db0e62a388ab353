package org.daxkit.reports.analysis;

import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Summary;

/** Reads a Summary by outcome, so renderers can loop over Outcome.values(). */
public final class OutcomeCounts {

    private OutcomeCounts() {
    }

    public static int count(Summary s, Outcome o) {
        return switch (o) {
            case PASSED -> s.passed();
            case FAILED -> s.failed();
            case NOT_VERIFIED -> s.notVerified();
            case NOT_IMPLEMENTED -> s.notImplemented();
            case EXCUSED -> s.excused();
        };
    }
}
