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
        Reproducer reproducer) {

    /** The same result with another outcome and message (used when a deviations file excuses it). */
    public CheckResult withOutcome(Outcome newOutcome, String newMessage) {
        return new CheckResult(id, clause, level, title, newOutcome, newMessage, durationMillis, fault, reproducer);
    }
}
