package org.daxkit.reports.model;

/**
 * The outcome of one check.
 *
 * @param id             stable check id, e.g. "fault.node-not-found"
 * @param clause         the clause id it verifies, e.g. "RN-3.2"
 * @param level          the clause's level
 * @param title          one line saying what is checked
 * @param outcome        how it ended
 * @param message        why, for anything but PASSED: clause, expected, actual (may be null when passed)
 * @param durationMillis wall time of the check
 * @param fault          for checks about a listed fault, what was expected and observed; else null
 * @param reproducer     for failures, the request sent and the seed; else null
 * @param cause          for NOT_VERIFIED, why the kit could not check; null otherwise (and in older files,
 *                       where it reads as {@link NotVerifiedCause#SETUP}, the strictest)
 * @param examples       for property-based checks, the number of distinct examples actually run; else null
 */
public record CheckResult(
        String id,
        String clause,
        Level level,
        String title,
        Outcome outcome,
        String message,
        long durationMillis,
        FaultObservation fault,
        Reproducer reproducer,
        NotVerifiedCause cause,
        Integer examples) {

    /** A result with no NOT_VERIFIED cause and no example count. */
    public CheckResult(String id, String clause, Level level, String title, Outcome outcome, String message,
                       long durationMillis, FaultObservation fault, Reproducer reproducer) {
        this(id, clause, level, title, outcome, message, durationMillis, fault, reproducer, null, null);
    }

    /** The same result with another outcome and message (used when a deviations file excuses it). */
    public CheckResult withOutcome(Outcome newOutcome, String newMessage) {
        return new CheckResult(id, clause, level, title, newOutcome, newMessage, durationMillis, fault, reproducer,
                newOutcome == Outcome.NOT_VERIFIED ? cause : null, examples);
    }
}
