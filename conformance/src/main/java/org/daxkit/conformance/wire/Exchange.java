package org.daxkit.conformance.wire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reports.model.Reproducer;

/**
 * One SDK call as it went over the wire: the last attempt's request and response, and how many
 * attempts the SDK made. {@code status} is null when no response came back. {@code sentAt} is when the
 * attempt was handed to the HTTP client and {@code millis} how long its response took (both null when not
 * measured; {@code millis} also when no response came back).
 */
public record Exchange(
        String operation,
        String method,
        String url,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        Integer status,
        Map<String, List<String>> responseHeaders,
        String responseBody,
        int attempts,
        Instant sentAt,
        Long millis) {

    /** An exchange without timing. */
    public Exchange(String operation, String method, String url, Map<String, List<String>> requestHeaders,
                    String requestBody, Integer status, Map<String, List<String>> responseHeaders, String responseBody,
                    int attempts) {
        this(operation, method, url, requestHeaders, requestBody, status, responseHeaders, responseBody, attempts,
                null, null);
    }

    private static final List<String> REPRODUCER_HEADERS = List.of("X-Amz-Target", "Content-Type");

    public String requestHeader(String name) {
        return first(requestHeaders, name);
    }

    public String responseHeader(String name) {
        return first(responseHeaders, name);
    }

    public boolean answered() {
        return status != null;
    }

    /** One line a stranger can replay: method, URL, X-Amz-Target and the JSON body. */
    public String describeRequest() {
        return method + " " + url + " X-Amz-Target: " + requestHeader("X-Amz-Target") + " " + requestBody;
    }

    public String describeResponse() {
        if (!answered()) {
            return "no response";
        }
        String body = responseBody == null ? "" : responseBody.replaceAll("\\s+", " ").trim();
        return "HTTP " + status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    public Reproducer toReproducer(Long seed) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h : REPRODUCER_HEADERS) {
            String v = requestHeader(h);
            if (v != null) {
                headers.put(h, v);
            }
        }
        return new Reproducer(method, url, headers, requestBody, seed);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
