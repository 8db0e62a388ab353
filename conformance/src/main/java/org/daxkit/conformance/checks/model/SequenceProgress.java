package org.daxkit.conformance.checks.model;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.daxkit.conformance.waits.Waits;

/**
 * Says every ten seconds how far the model's sequences are: against a slow target they run for minutes, many
 * at once, each waiting less than the ten seconds after which a single wait speaks up.
 */
public final class SequenceProgress implements AutoCloseable {
    private static final Duration EVERY = Duration.ofSeconds(10);

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dax-conformance-sequence-progress");
        t.setDaemon(true);
        return t;
    });

    public SequenceProgress(Waits waits, int generated) {
        this(waits, generated, EVERY);
    }

    SequenceProgress(Waits waits, int generated, Duration every) {
        long start = System.nanoTime();
        Duration limit = waits.budget().remaining();
        timer.scheduleAtFixedRate(() -> waits.progress("model sequences (" + done.get() + " done, " + running.get()
                        + " running; " + generated + " generated for the seed, more if a failure is shrunk)",
                Duration.ofNanos(System.nanoTime() - start), limit), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Runs one sequence, counted while it runs and once it is done. */
    void run(Runnable sequence) {
        running.incrementAndGet();
        try {
            sequence.run();
        } finally {
            running.decrementAndGet();
            done.incrementAndGet();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
