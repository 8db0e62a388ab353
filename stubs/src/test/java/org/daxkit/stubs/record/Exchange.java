package org.daxkit.stubs.record;

import java.util.List;
import java.util.Map;

/**
 * One request/response pair as it crossed the wire: the operation (X-Amz-Target), the marshalled
 * request body, and the raw response.
 */
record Exchange(String target, String requestBody, int status, Map<String, List<String>> responseHeaders,
                String responseBody) {

    /** First value of a response header, case-insensitively; null when absent. */
    String responseHeader(String name) {
        return responseHeaders.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst().orElse(null);
    }
}
