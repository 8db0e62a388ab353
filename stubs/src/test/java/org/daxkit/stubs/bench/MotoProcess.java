package org.daxkit.stubs.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto_server as a child process on 127.0.0.1 and a free port. Started from PATH; stopped by its own PID
 * (and its descendants', if any), also from a shutdown hook should the benchmark be interrupted.
 */
final class MotoProcess implements AutoCloseable {
    static final String COMMAND = "moto_server";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread shutdownHook;

    private MotoProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.shutdownHook = new Thread(this::stopProcess, "bench-moto-stopper");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts moto_server and returns once it answers HTTP; throws (with its log) if it does not. */
    static MotoProcess start(DaxWire wire) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        // Werkzeug logs one line per request: to a file, so a full pipe never blocks the server.
        Path log = Files.createTempFile("bench-moto_server-", ".log");
        Process process;
        try {
            process = new ProcessBuilder(COMMAND, "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException notStarted) {   // typically: moto_server is not on PATH
            Files.deleteIfExists(log);
            throw notStarted;
        }
        MotoProcess moto = new MotoProcess(process, port, log);
        try {
            moto.awaitAnswer(wire);
            return moto;
        } catch (IOException | InterruptedException | RuntimeException e) {
            moto.close();
            throw e;
        }
    }

    private void awaitAnswer(DaxWire wire) throws IOException, InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(endpoint().resolve("/moto-api/"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(COMMAND + " exited with " + process.exitValue() + " before answering; log:\n"
                        + logTail());
            }
            try {
                wire.send(probe);
                return;
            } catch (IOException notYet) {
                last = notYet;
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        }
        throw new IOException(COMMAND + " (pid " + process.pid() + ") did not answer on port " + port + " within "
                + STARTUP_LIMIT.toSeconds() + " s (last: " + last + "); log:\n" + logTail());
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Ends the process we started, by PID: SIGTERM, then SIGKILL if it lingers. */
    private void stopProcess() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopProcess();
        if (process.isAlive()) {
            System.err.println(COMMAND + " (pid " + process.pid() + ") is still running after SIGTERM and SIGKILL");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or will run; stopping twice is harmless.
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // A leftover temp file is not worth failing the benchmark for.
        }
    }
}
