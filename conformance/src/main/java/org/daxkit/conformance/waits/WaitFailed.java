package org.daxkit.conformance.waits;

import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.wire.Answer;

/**
 * A bounded wait ended without its condition: the time ran out, or an answer came that cannot mean
 * "not yet" (one the SDK cannot parse, an unexpected error, an undocumented status). Either way the target
 * answered wrongly; {@link #toFailure} names the step and the requirement.
 */
public final class WaitFailed extends RuntimeException {
    private final Answer<?> last;
    private final long waitedMillis;
    private final String lastSeen;
    private final boolean timedOut;

    private WaitFailed(String message, Answer<?> last, long waitedMillis, String lastSeen, boolean timedOut) {
        super(message, null, false, false);
        this.last = last;
        this.waitedMillis = waitedMillis;
        this.lastSeen = lastSeen;
        this.timedOut = timedOut;
    }

    static WaitFailed timeout(long limitMillis, long waitedMillis, Answer<?> last, String lastSeen) {
        return new WaitFailed("got " + lastSeen + " after waiting " + waitedMillis + " ms (limit " + limitMillis
                + " ms)", last, waitedMillis, lastSeen, true);
    }

    static WaitFailed broken(String reason, Answer<?> last, long waitedMillis) {
        return new WaitFailed("got " + reason, last, waitedMillis, reason, false);
    }

    /** The last answer seen (may be null when nothing was polled). */
    public Answer<?> last() {
        return last;
    }

    public long waitedMillis() {
        return waitedMillis;
    }

    public String lastSeen() {
        return lastSeen;
    }

    public boolean timedOut() {
        return timedOut;
    }

    /** "{requirement}; {what happened}", carrying the last exchange. */
    public CheckFailure toFailure(CheckFailure.Step step, String requirement) {
        return new CheckFailure(step, requirement + "; " + getMessage(), last == null ? null : last.exchange());
    }
}
