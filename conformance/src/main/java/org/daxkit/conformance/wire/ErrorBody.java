package org.daxkit.conformance.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The JSON of an error response: {@code __type} and {@code message}, as the wire carried them. */
public record ErrorBody(boolean json, String type, String message) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ErrorBody parse(Exchange exchange) {
        if (exchange == null || exchange.responseBody() == null || exchange.responseBody().isBlank()) {
            return new ErrorBody(false, null, null);
        }
        try {
            JsonNode n = JSON.readTree(exchange.responseBody());
            if (n == null || !n.isObject()) {
                return new ErrorBody(false, null, null);
            }
            String message = text(n, "message");
            if (message == null) {
                message = text(n, "Message");
            }
            if (message == null) {
                message = text(n, "errorMessage");
            }
            return new ErrorBody(true, text(n, "__type"), message);
        } catch (IOException e) {
            return new ErrorBody(false, null, null);
        }
    }

    /** A body an AWS SDK recognises as an error: JSON with {@code __type} or {@code code}. */
    public boolean awsShaped() {
        return json && type != null;
    }

    /**
     * The shape name SDKs map: the whole {@code __type} when bare, the part after {@code #} when namespaced.
     * Null when the form cannot be mapped (a {@code :} suffix, dots of a class name, spaces).
     */
    public String mappableShapeName() {
        if (type == null) {
            return null;
        }
        String name = type.contains("#") ? type.substring(type.lastIndexOf('#') + 1) : type;
        return name.matches("[A-Za-z][A-Za-z0-9]*") ? name : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
