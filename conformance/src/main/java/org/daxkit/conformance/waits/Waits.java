package org.daxkit.conformance.waits;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.conformance.targets.TimingProfile;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.reports.model.NotVerifiedCause;

/**
 * Bounded polling that stops as soon as the outcome is known: the condition holds, the time is up, or an
 * answer came that cannot mean "not yet". Waits never outlast the run's budget, and say every ten seconds
 * what they are waiting for.
 */
public final class Waits {
    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final RunBudget budget;
    private volatile WaitListener listener = WaitListener.SILENT;

    public Waits(RunBudget budget) {
        this.budget = budget;
    }

    public void listener(WaitListener listener) {
        this.listener = listener == null ? WaitListener.SILENT : listener;
    }

    /** Says how a longer piece of work that is no single wait is getting on, as waits do every ten seconds. */
    public void progress(String what, Duration elapsed, Duration limit) {
        listener.stillWaiting(what, elapsed, limit);
    }

    public RunBudget budget() {
        return budget;
    }

    /**
     * Polls until {@code done}; {@code broken} returns why an answer cannot mean "not yet", or null.
     *
     * @throws WaitFailed   the time ran out, or an answer was broken
     * @throws CheckAborted NOT_VERIFIED (budget) when the run's budget, not the wait's limit, cut it short
     */
    public <A extends Answer<?>> A until(String what, Duration timeout, Supplier<A> poll,
                                         Function<A, String> broken, Predicate<A> done,
                                         Function<A, String> describe) {
        long start = System.nanoTime();
        Duration remaining = budget.remaining();
        boolean budgetBound = remaining.compareTo(timeout) < 0;
        long end = start + (budgetBound ? remaining : timeout).toNanos();
        long interval = TimingProfile.pollInterval(timeout).toMillis();
        long nextProgress = start + PROGRESS_EVERY_NANOS;
        A last = null;
        while (true) {
            last = poll.get();
            long now = System.nanoTime();
            long waited = (now - start) / 1_000_000;
            String problem = broken.apply(last);
            if (problem != null) {
                throw WaitFailed.broken(problem, last, waited);
            }
            if (done.test(last)) {
                return last;
            }
            if (now >= end) {
                if (budgetBound) {
                    throw CheckAborted.notVerified(NotVerifiedCause.BUDGET, "budget exhausted: the run's time"
                            + " budget (--max-duration " + budget.limit().toSeconds() + "s) ran out while waiting for "
                            + what + "; last seen: " + describe.apply(last));
                }
                throw WaitFailed.timeout(timeout.toMillis(), waited, last, describe.apply(last));
            }
            if (now >= nextProgress) {
                listener.stillWaiting(what, Duration.ofNanos(now - start), timeout);
                nextProgress += PROGRESS_EVERY_NANOS;
            }
            sleep(Math.min(interval, Math.max(1, (end - now) / 1_000_000)));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CheckAborted.notVerified(NotVerifiedCause.BUDGET, "interrupted while waiting");
        }
    }
}
