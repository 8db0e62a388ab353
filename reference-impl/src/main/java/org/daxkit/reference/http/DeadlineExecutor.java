package org.daxkit.reference.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JDK server's tasks (one per request) on the workers, each under a {@link RequestDeadline},
 * so no client can hold a worker longer than the timeout, however slowly it sends or reads.
 */
public final class DeadlineExecutor implements Executor {
    /** System property: the request timeout in milliseconds (default 10 000). */
    public static final String TIMEOUT_PROPERTY = "daxkit.reference.requestTimeoutMillis";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

    private final ExecutorService workers;
    private final Duration timeout;
    private final ScheduledThreadPoolExecutor timer;

    public DeadlineExecutor(ExecutorService workers, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive, got " + timeout);
        }
        this.workers = workers;
        this.timeout = timeout;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "dax-reference-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // Nearly every deadline is cancelled; without this they would pile up until their time.
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The timeout from {@link #TIMEOUT_PROPERTY}, else the default. */
    public static Duration configuredTimeout() {
        String value = System.getProperty(TIMEOUT_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(TIMEOUT_PROPERTY + " must be a positive number of milliseconds, got '"
                + value + "'");
    }

    /** The deadline of the request the calling worker is serving, if it is one of ours. */
    static Optional<RequestDeadline> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public void execute(Runnable task) {
        workers.execute(() -> runWithDeadline(task));
    }

    private void runWithDeadline(Runnable task) {
        RequestDeadline deadline = new RequestDeadline(Thread.currentThread(), timeout);
        ScheduledFuture<?> alarm;
        try {
            alarm = timer.schedule(deadline::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            task.run(); // the server is stopping; its close ends this connection anyway
            return;
        }
        CURRENT.set(deadline);
        try {
            task.run();
        } finally {
            deadline.finish();
            alarm.cancel(false);
            CURRENT.remove();
            // An expiry's interrupt must not leak into the next request on this worker.
            Thread.interrupted();
        }
    }

    public void shutdown() {
        workers.shutdownNow();
        timer.shutdownNow();
    }
}
