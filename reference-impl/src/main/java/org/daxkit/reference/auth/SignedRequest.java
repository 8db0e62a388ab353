package org.daxkit.reference.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What SigV4 covers of an HTTP request: method, path and query as sent (still percent-encoded),
 * headers by lowercase name with every value in arrival order, and the body.
 */
public record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                            byte[] body) {

    public SignedRequest {
        TreeMap<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
                .addAll(values));
        headers = java.util.Collections.unmodifiableMap(lower);
        rawPath = rawPath == null ? "" : rawPath;
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    /** Every value of a header (any case), empty if absent. */
    public List<String> values(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String first(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
