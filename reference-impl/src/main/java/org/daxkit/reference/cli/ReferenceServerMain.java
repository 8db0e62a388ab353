package org.daxkit.reference.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.daxkit.reference.ReferenceServer;

/** {@code java -jar dax-reference-impl.jar}: runs the reference server until Ctrl-C or SIGTERM. */
public final class ReferenceServerMain {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ReferenceServerMain() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, new CountDownLatch(1));
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Parses, starts and serves until {@code stop} is released (by the shutdown hook, or by a test).
     * Returns the exit code: 0 after a clean stop or --help, 1 if the server cannot start, 2 on bad usage.
     */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(CliOptions.USAGE);
            return USAGE;
        }
        if (options.help) {
            out.println(CliOptions.USAGE);
            return OK;
        }
        ReferenceServer server;
        try {
            server = options.builder.start(err);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return FAILED;
        }
        Thread hook = new Thread(() -> {
            server.close();
            stop.countDown();
        }, "dax-reference-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("dax-reference-impl listening on " + server.endpoint());
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting; the hook runs or ran.
        }
        return OK;
    }
}
