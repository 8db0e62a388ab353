package org.daxkit.conformance.record;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto_server as a child process on 127.0.0.1 and a free port, with instant DAX cluster transitions. Ended by
 * its own PID (and its descendants'), never by name.
 */
final class MotoServer implements AutoCloseable {
    static final String COMMAND = "moto_server";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether moto_server is an executable on the PATH. */
    static boolean onPath() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .map(d -> Path.of(d, COMMAND)).anyMatch(Files::isExecutable);
    }

    static MotoServer start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        // One log line per request: to a file, so a full pipe never blocks the server.
        Path log = Files.createTempFile("record-moto_server-", ".log");
        Process process = new ProcessBuilder(COMMAND, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MotoServer moto = new MotoServer(process, port, log);
        try {
            moto.awaitAnswer();
            moto.post("/moto-api/state-manager/set-transition",
                    "{\"model_name\":\"dax::cluster\",\"transition\":{\"progression\":\"immediate\"}}");
            return moto;
        } catch (IOException | InterruptedException | RuntimeException e) {
            moto.close();
            throw e;
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(COMMAND + " exited with " + process.exitValue() + "; log:\n" + logTail());
            }
            try {
                http.send(HttpRequest.newBuilder(endpoint().resolve("/moto-api/")).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                last = notYet;
                Thread.sleep(100);
            }
        }
        throw new IOException(COMMAND + " (pid " + process.pid() + ") did not answer within "
                + STARTUP_LIMIT.toSeconds() + " s (last: " + last + "); log:\n" + logTail());
    }

    private void post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(COMMAND + " answered " + path + " with HTTP " + r.statusCode() + ": " + r.body());
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGTERM to the process we started (and its descendants), SIGKILL if it lingers. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // A leftover temp log is not worth failing a test for.
        }
    }
}
