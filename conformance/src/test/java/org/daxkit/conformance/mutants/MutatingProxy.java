package org.daxkit.conformance.mutants;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy on 127.0.0.1 in front of a server, altering requests and responses per {@link Mutation}:
 * a deliberately broken DAX built from a correct one.
 */
final class MutatingProxy implements AutoCloseable {
    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "transfer-encoding", "keep-alive", "date");

    private final URI upstream;
    private final Mutation mutation;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Mutation.Req> rebooted = Collections.synchronizedList(new ArrayList<>());

    MutatingProxy(URI upstream, Mutation mutation) throws IOException {
        this.upstream = upstream;
        this.mutation = mutation;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach(headers::put);
            String path = exchange.getRequestURI().toString();
            Mutation.Req request = mutation.request(new Mutation.Req(exchange.getRequestMethod(), path, headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Mutation.Resp response = mutation.intercept(request);
            if (response == null) {
                response = mutation.response(request, forward(request));
            }
            if (request.operation().equals("RebootNode") && response.status() == 200) {
                rebooted.add(request);
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((k, v) -> {
                if (!HOP_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(k, v);
                }
            });
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** How many RebootNode calls of the node succeeded so far. */
    int reboots(String nodeId) {
        synchronized (rebooted) {
            return (int) rebooted.stream().filter(r -> nodeId.equals(r.json().path("NodeId").asText(null))).count();
        }
    }

    private Mutation.Resp forward(Mutation.Req r) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstream + r.path()))
                .method(r.method(), r.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(r.body()));
        r.headers().forEach((k, values) -> {
            if (!HOP_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> b.header(k, v));
            }
        });
        try {
            HttpResponse<String> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            resp.headers().map().forEach((k, v) -> {
                if (!k.startsWith(":")) {
                    headers.put(k, v);
                }
            });
            return new Mutation.Resp(resp.statusCode(), headers, resp.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
