package org.daxkit.stubs.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The reference server's control API (/_control), used to move time on and to inject faults. */
final class ReferenceControl {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    ReferenceControl(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Every pending transition (creating, rebooting, deleting) completes now. */
    void completeTransitions() {
        post("/_control/transitions/complete", "{}");
    }

    /** The next call of {@code operation} fails with {@code code}. */
    void injectFault(String operation, String code) {
        post("/_control/faults", "{\"operation\":\"" + operation + "\",\"code\":\"" + code + "\",\"count\":1}");
    }

    private void post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The reference's control API answered POST " + path + " " + body
                        + " with HTTP " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + endpoint.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        }
    }
}
