package org.daxkit.stubs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor: the JDK HTTP server the reference runs on, configured the same way (TCP_NODELAY, a fixed pool of
 * 12 threads), whose handler reads the request and answers the recorded DescribeClusters body with the
 * reference's headers, doing nothing else. What the reference costs above this is its DAX logic.
 */
final class NoOpPeer implements Peer {
    /** The same pool size as the reference's (ReferenceServer.THREADS, package-private there). */
    static final int THREADS = 12;
    private static final String RECORDED_ANSWER = "dax-stubs/mappings/reboot-node--describe-available.json";
    private static final String REQUEST_ID = "fa3dbc13-fba6-3069-875b-8f13be30897d";

    private final HttpServer server;
    private final ExecutorService executor;

    private NoOpPeer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static NoOpPeer start() throws IOException {
        byte[] body = recordedDescribeClustersBody();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.createContext("/", exchange -> answer(exchange, body));
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.start();
        return new NoOpPeer(server, executor);
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange; InputStream request = exchange.getRequestBody()) {
            request.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().set("x-amzn-RequestId", REQUEST_ID);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The body the reference answered when the stubs were recorded: a real-sized DescribeClusters answer. */
    static byte[] recordedDescribeClustersBody() {
        try (InputStream mapping = NoOpPeer.class.getClassLoader().getResourceAsStream(RECORDED_ANSWER)) {
            if (mapping == null) {
                throw new IllegalStateException(RECORDED_ANSWER + " is not on the classpath");
            }
            ObjectMapper json = new ObjectMapper();
            JsonNode body = json.readTree(mapping).path("response").path("jsonBody");
            if (!body.isObject()) {
                throw new IllegalStateException(RECORDED_ANSWER + " has no response.jsonBody object");
            }
            return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "bench-noop-http-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
