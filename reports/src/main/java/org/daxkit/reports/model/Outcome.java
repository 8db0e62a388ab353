package org.daxkit.reports.model;

/** How one check ended. Nothing is ever silent: a check that could not run says why. */
public enum Outcome {
    PASSED,
    FAILED,
    /** The check could not run against this target (a missing capability, say); the message says why. */
    NOT_VERIFIED,
    /** The target answered the operation as unknown or not implemented. */
    NOT_IMPLEMENTED,
    /** The check failed or could not run, and a deviations file excuses it. */
    EXCUSED
}
