package org.daxkit.stubs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one HTTP client every peer is measured with: JDK HttpClient, HTTP/1.1, keep-alive, and requests built
 * once, shaped like the AWS SDK's (AWS JSON 1.1, a SigV4-looking Authorization header nobody verifies), so
 * the client's cost is the same whichever peer answers.
 */
final class DaxWire {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 "
            + "Credential=AKIDEXAMPLE/20250101/us-east-1/dax/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
            + "Signature=" + "0123456789abcdef".repeat(4);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A DAX request: POST / with X-Amz-Target AmazonDAXV3.{operation}. Immutable, so threads share it. */
    static HttpRequest request(URI endpoint, String operation, String jsonBody) {
        return HttpRequest.newBuilder(endpoint.resolve("/"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonDAXV3." + operation)
                .header("X-Amz-Date", "20250101T000000Z")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
    }

    static HttpRequest request(URI endpoint, BenchCall call) {
        return request(endpoint, call.operation(), call.body());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a setup call (CreateCluster and the like) and fails loudly unless it answers 200. */
    String sendExpectingOk(URI endpoint, String operation, String jsonBody) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(endpoint, operation, jsonBody));
        if (response.statusCode() != 200) {
            throw new IOException(operation + " on " + endpoint + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
