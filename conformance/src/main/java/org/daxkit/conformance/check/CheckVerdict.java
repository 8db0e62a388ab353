package org.daxkit.conformance.check;

import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;

/** How a check body ended when it did not throw. */
public record CheckVerdict(Outcome outcome, String message, FaultObservation fault, NotVerifiedCause cause) {

    public static CheckVerdict passed() {
        return new CheckVerdict(Outcome.PASSED, null, null, null);
    }

    /** Passed, with a note on what was seen (e.g. which of the allowed behaviours). */
    public static CheckVerdict passed(String note) {
        return new CheckVerdict(Outcome.PASSED, note, null, null);
    }

    public static CheckVerdict passed(FaultObservation fault) {
        return new CheckVerdict(Outcome.PASSED, null, fault, null);
    }

    public static CheckVerdict notVerified(NotVerifiedCause cause, String reason) {
        return new CheckVerdict(Outcome.NOT_VERIFIED, reason, null, cause);
    }
}
