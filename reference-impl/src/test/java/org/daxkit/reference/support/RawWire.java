package org.daxkit.reference.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw HTTP against the server, to see what the SDK would forgive: status, headers, JSON. */
public final class RawWire {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public RawWire(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** A response and the request that produced it, for failure messages. */
    public record Reply(String request, int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Expected a JSON body for " + request + " but got: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return request + " -> HTTP " + status + " " + body;
        }
    }

    /** POST / with the AWS JSON 1.1 headers and the given X-Amz-Target operation. */
    public Reply call(String operation, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (operation != null) {
            request.header("X-Amz-Target", "AmazonDAXV3." + operation);
        }
        return send(request.build(), "POST / " + operation + " " + body);
    }

    /** POST / with arbitrary bytes as the body (for encodings a String cannot carry). */
    public Reply callBytes(String operation, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonDAXV3." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return send(request, "POST / " + operation + " with " + body.length + " raw bytes");
    }

    public Reply send(String method, String path, String target, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return send(request.build(), method + " " + path + " target=" + target + " body=" + body);
    }

    public Reply control(String method, String path, String body) {
        return send(method, "/_control" + path, null, body);
    }

    private Reply send(HttpRequest request, String description) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(description, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("request failed: " + description, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during " + description, e);
        }
    }
}
