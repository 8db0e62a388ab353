package org.daxkit.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.daxkit.reference.api.Json;

/** Writes a JSON response with the headers every answer carries. */
public final class Responses {
    public static final String AMZ_JSON = "application/x-amz-json-1.1";
    public static final String PLAIN_JSON = "application/json";
    public static final String REQUEST_ID = "x-amzn-RequestId";

    private Responses() {
    }

    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    public static void send(HttpExchange exchange, String requestId, int status, String contentType, JsonNode body)
            throws IOException {
        RequestBodies.discardRest(exchange);
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set(REQUEST_ID, requestId);
        if ("HEAD".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
