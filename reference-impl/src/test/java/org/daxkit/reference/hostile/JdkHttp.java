package org.daxkit.reference.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** java.net.http against the server, every exchange bounded by a timeout instead of trusting the server. */
final class JdkHttp {
    static final String AMZ_JSON = "application/x-amz-json-1.1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    JdkHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** POST / as the SDK sends it, with the full X-Amz-Target given (or none, if null). */
    Answer post(String target, byte[] body) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", AMZ_JSON);
        if (target != null) {
            headers.put("X-Amz-Target", target);
        }
        return send("POST", "/", headers, body);
    }

    Answer post(String target, String body) {
        return post(target, body.getBytes(StandardCharsets.UTF_8));
    }

    Answer operation(String operation, String body) {
        return post("AmazonDAXV3." + operation, body);
    }

    Answer send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        String description = method + " " + path + " " + headers + " " + (body == null ? "no body"
                : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                        + (body.length > 200 ? "... (" + body.length + " bytes)" : ""));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> answerHeaders = new TreeMap<>();
            response.headers().map().forEach((name, values) -> answerHeaders.put(name, values.get(0)));
            return new Answer(description, response.statusCode(), answerHeaders, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + description, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during " + description, e);
        }
    }

    /** The check after every hostile request: a plain DescribeClusters still gets its 200. */
    Answer describeClusters() {
        return operation("DescribeClusters", "{}");
    }
}
