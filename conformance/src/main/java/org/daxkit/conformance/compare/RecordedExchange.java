package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One exchange file of a record, read back. Header names are lower-cased (HTTP header names are
 * case-insensitive); {@code responseBody} is null when the body was not JSON, {@code responseText} then holds it.
 */
public record RecordedExchange(
        int sequence,
        String operation,
        int attempt,
        String during,
        Instant sentAt,
        Long millis,
        JsonNode requestBody,
        Integer status,
        Map<String, String> responseHeaders,
        JsonNode responseBody,
        String responseText) {

    public boolean answered() {
        return status != null;
    }

    public boolean succeeded() {
        return status != null && status == 200;
    }

    /** When the response was complete: sent plus the time it took (sent when not measured). */
    public Instant receivedAt() {
        if (sentAt == null) {
            return Instant.EPOCH;
        }
        return millis == null ? sentAt : sentAt.plusMillis(millis);
    }

    public String responseHeader(String name) {
        return responseHeaders.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The AWS error code as the Java SDK reads it: {@code x-amzn-ErrorType} up to the first ':', else
     * {@code __type} after the last '#'; null for a success or an answer that names none.
     */
    public String errorCode() {
        if (succeeded() || !answered()) {
            return null;
        }
        String header = responseHeader("x-amzn-ErrorType");
        if (header != null && !header.isBlank()) {
            int colon = header.indexOf(':');
            return colon < 0 ? header.trim() : header.substring(0, colon).trim();
        }
        if (responseBody != null && responseBody.path("__type").isTextual()) {
            String type = responseBody.path("__type").asText();
            return type.substring(type.lastIndexOf('#') + 1);
        }
        return null;
    }

    /** "200", "400 NodeNotFoundFault", "500", or "no response". */
    public String outcome() {
        if (!answered()) {
            return "no response";
        }
        String code = errorCode();
        return code == null ? String.valueOf(status) : status + " " + code;
    }

    /** The operation and its outcome: the situation whose responses are compared with each other. */
    public String situation() {
        return operation + " " + outcome();
    }

    /** The request's string member, lower-cased (DAX stores cluster names in lower case), or null. */
    public String requestText(String member) {
        JsonNode v = requestBody == null ? null : requestBody.get(member);
        return v != null && v.isTextual() ? v.asText().toLowerCase(Locale.ROOT) : null;
    }
}
