package org.daxkit.reference.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Json;

/** The one place a fault becomes a wire error: {@code {"__type","message"}} plus x-amzn-ErrorType. */
public final class FaultResponder {
    private FaultResponder() {
    }

    public static ObjectNode body(String type, String message) {
        ObjectNode body = Json.object();
        body.put("__type", type);
        body.put("message", message);
        return body;
    }

    public static void send(HttpExchange exchange, String requestId, DaxFault fault, String contentType)
            throws IOException {
        String type = fault.code().wireName();
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        Responses.send(exchange, requestId, fault.httpStatus(), contentType, body(type, fault.getMessage()));
    }
}
