package org.daxkit.conformance.cli;

import java.io.PrintStream;
import java.util.List;
import org.daxkit.conformance.run.ConformanceSession;

/**
 * While a run is under way, Ctrl-C or SIGTERM deletes the clusters it created before the JVM exits (a shutdown
 * hook that waits until each deletion is accepted), so an interrupted run leaves nothing billing.
 */
final class InterruptCleanup implements AutoCloseable {
    private final Thread hook;

    private InterruptCleanup(Thread hook) {
        this.hook = hook;
    }

    static InterruptCleanup install(ConformanceSession session, PrintStream err) {
        Thread hook = new Thread(() -> {
            err.println("interrupted: deleting the clusters this run created");
            List<String> problems = session.deleteCreatedNow();
            problems.forEach(p -> err.println("warning: could not delete cluster " + p));
            err.println("interrupted: " + session.clustersCreated().size() + " cluster(s) created, "
                    + problems.size() + " left; `cleanup` finds the kit's clusters later");
        }, "dax-conformance-interrupt-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptCleanup(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting and the hook is running: nothing to remove.
        }
    }
}
