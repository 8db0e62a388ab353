package org.daxkit.conformance.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.daxkit.conformance.targets.TimingProfile;

/** Bounded polling (Awaitility) whose timeout message names the last state seen and how long it waited. */
public final class Await {
    private Await() {
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> poll, Predicate<T> done,
                              Function<T, String> describe) {
        AtomicReference<T> last = new AtomicReference<>();
        long start = System.nanoTime();
        try {
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(TimingProfile.pollInterval(timeout))
                    .pollInSameThread()
                    .until(() -> {
                        T value = poll.get();
                        last.set(value);
                        return done.test(value);
                    });
            return last.get();
        } catch (ConditionTimeoutException e) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            throw new AwaitTimeout(what, timeout.toMillis(), waited,
                    last.get() == null ? "nothing" : describe.apply(last.get()));
        }
    }
}
