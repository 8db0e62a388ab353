package org.daxkit.conformance.waits;

import java.time.Duration;

/**
 * The run's time budget ({@code --max-duration}): waits never outlast it, and once it is spent the checks
 * left end NOT_VERIFIED ("budget exhausted") and the run is inconclusive rather than hanging a CI gate.
 */
public final class RunBudget {
    private final Duration limit;
    private final long deadline;

    public RunBudget(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** A budget nothing will reach, for callers that set none. */
    public static RunBudget unlimited() {
        return new RunBudget(Duration.ofDays(365));
    }

    public Duration limit() {
        return limit;
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    public boolean exhausted() {
        return System.nanoTime() >= deadline;
    }
}
