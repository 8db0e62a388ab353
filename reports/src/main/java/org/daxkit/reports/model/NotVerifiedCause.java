package org.daxkit.reports.model;

/**
 * Why a check ended NOT_VERIFIED. Only the first two leave a verdict CONFORMANT: the target, as declared
 * or configured, gave the kit no means to check the clause. The others mean the kit could have checked
 * and did not get to, so a MUST clause left so makes the run INCONCLUSIVE.
 */
public enum NotVerifiedCause {
    /** The target does not declare (or was configured without) a capability the check needs. */
    CAPABILITY,
    /** Fixed-inputs mode and the value the check sends was not supplied. */
    INPUT,
    /** A race with the target's transitions was lost a bounded number of times. */
    RACE,
    /** The run's time budget (--max-duration) ran out before or during the check. */
    BUDGET,
    /** The check's preconditions could not be set up, through no wrong answer of the target's. */
    SETUP;

    /** Whether a MUST check left NOT_VERIFIED for this cause still allows a CONFORMANT verdict. */
    public boolean outOfScope() {
        return this == CAPABILITY || this == INPUT;
    }
}
