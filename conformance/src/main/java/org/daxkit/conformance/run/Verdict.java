package org.daxkit.conformance.run;

import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;

/** How a check body ended when it did not throw. */
public record Verdict(Outcome outcome, String message, FaultObservation fault, NotVerifiedCause cause) {

    public static Verdict passed() {
        return new Verdict(Outcome.PASSED, null, null, null);
    }

    /** Passed, with a note on what was seen (e.g. which of the allowed behaviours). */
    public static Verdict passed(String note) {
        return new Verdict(Outcome.PASSED, note, null, null);
    }

    public static Verdict passed(FaultObservation fault) {
        return new Verdict(Outcome.PASSED, null, fault, null);
    }

    public static Verdict notVerified(NotVerifiedCause cause, String reason) {
        return new Verdict(Outcome.NOT_VERIFIED, reason, null, cause);
    }
}
