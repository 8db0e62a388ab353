package org.daxkit.conformance.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.daxkit.conformance.outcome.CheckAborted;
import org.daxkit.reports.model.NotVerifiedCause;

/**
 * The kit's test-control routes ({@code /_control}, see reference-impl/README.md) on a target that offers
 * them. A failing control call is a setup problem the kit cannot judge the target by: the check becomes
 * NOT_VERIFIED (cause SETUP), and the run inconclusive when the check is a MUST.
 */
public final class ControlApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http;

    public ControlApi(URI endpoint) {
        this.base = URI.create(endpoint.toString().replaceAll("/+$", "") + "/_control/");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** GET /_control/info, or empty when the target has no control API (any error, non-200 or non-JSON). */
    public Optional<JsonNode> info() {
        try {
            HttpResponse<String> r = http.send(request("info").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode body = JSON.readTree(r.body());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public void injectFault(String operation, String code, int count, String message) {
        send("POST", "faults", Map.of("operation", operation, "code", code, "count", count, "message", message));
    }

    public void clearFaults() {
        send("DELETE", "faults", null);
    }

    public void serviceLinkedRole(boolean present) {
        send("PUT", "service-linked-role", Map.of("present", present));
    }

    /** Puts every node of the cluster into pending-reboot, as a parameter change that needs a reboot would. */
    public void pendingReboot(String clusterName) {
        send("POST", "pending-reboot", Map.of("clusterName", clusterName));
    }

    public void completeTransitions() {
        send("POST", "transitions/complete", null);
    }

    private void send(String method, String route, Object body) {
        String what = method + " /_control/" + route;
        try {
            String json = body == null ? "{}" : JSON.writeValueAsString(body);
            HttpRequest req = request(route).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup failed: the control API answered " + what + " with HTTP "
                        + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup failed: the control API call " + what + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CheckAborted.notVerified(NotVerifiedCause.SETUP, "setup interrupted: " + what);
        }
    }

    private HttpRequest.Builder request(String route) {
        return HttpRequest.newBuilder(base.resolve(route)).timeout(TIMEOUT);
    }
}
