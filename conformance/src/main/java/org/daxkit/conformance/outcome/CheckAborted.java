package org.daxkit.conformance.outcome;

import org.daxkit.conformance.config.Capability;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;

/**
 * A check could not reach a verdict on this target: NOT_VERIFIED (with its cause) or NOT_IMPLEMENTED, with
 * the reason. Never for a wrong answer of the target's: that is a {@link CheckFailure}.
 */
public final class CheckAborted extends RuntimeException {
    private final Outcome outcome;
    private final NotVerifiedCause cause;

    private CheckAborted(Outcome outcome, NotVerifiedCause cause, String reason) {
        super(reason, null, false, false);
        this.outcome = outcome;
        this.cause = cause;
    }

    public static CheckAborted notVerified(NotVerifiedCause cause, String reason) {
        return new CheckAborted(Outcome.NOT_VERIFIED, cause, reason);
    }

    public static CheckAborted notImplemented(String reason) {
        return new CheckAborted(Outcome.NOT_IMPLEMENTED, null, reason);
    }

    public static CheckAborted missing(Capability capability, String purpose) {
        return notVerified(NotVerifiedCause.CAPABILITY, "needs capability " + capability.wireName() + " (" + purpose
                + "); provide " + capability.howToProvide());
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Why NOT_VERIFIED; null for NOT_IMPLEMENTED. */
    public NotVerifiedCause notVerifiedCause() {
        return cause;
    }
}
