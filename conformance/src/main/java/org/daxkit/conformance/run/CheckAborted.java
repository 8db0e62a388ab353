package org.daxkit.conformance.run;

import org.daxkit.conformance.targets.Capability;
import org.daxkit.reports.model.Outcome;

/** A check could not reach a verdict on this target: NOT_VERIFIED or NOT_IMPLEMENTED, with the reason. */
public final class CheckAborted extends RuntimeException {
    private final Outcome outcome;

    private CheckAborted(Outcome outcome, String reason) {
        super(reason, null, false, false);
        this.outcome = outcome;
    }

    public static CheckAborted notVerified(String reason) {
        return new CheckAborted(Outcome.NOT_VERIFIED, reason);
    }

    public static CheckAborted notImplemented(String reason) {
        return new CheckAborted(Outcome.NOT_IMPLEMENTED, reason);
    }

    public static CheckAborted missing(Capability capability, String purpose) {
        return notVerified("needs capability " + capability.wireName() + " (" + purpose + "); provide "
                + capability.howToProvide());
    }

    public Outcome outcome() {
        return outcome;
    }
}
