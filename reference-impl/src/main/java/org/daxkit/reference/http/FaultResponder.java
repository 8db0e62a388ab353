package org.daxkit.reference.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Json;

/**
 * The one place a fault becomes a wire error: {@code {"__type","message"}} plus x-amzn-ErrorType, as
 * AWS JSON services answer, for the DAX API, the control API and the request deadline alike.
 */
public final class FaultResponder {
    static final String ERROR_TYPE = "x-amzn-ErrorType";

    private FaultResponder() {
    }

    public static void send(HttpExchange exchange, String requestId, DaxFault fault, String contentType)
            throws IOException {
        send(exchange, requestId, fault.httpStatus(), fault.code().wireName(), fault.getMessage(), contentType);
    }

    /** For errors outside the DAX model, such as the control API's AccessDenied or NotFound. */
    public static void send(HttpExchange exchange, String requestId, int status, String type, String message,
            String contentType) throws IOException {
        exchange.getResponseHeaders().set(ERROR_TYPE, type);
        Responses.send(exchange, requestId, status, contentType, body(type, message));
    }

    /**
     * Answers while the worker is stuck reading the request body: the connection is to close, and the
     * body is flushed, not closed, since closing would drain the request body, the very read that is stuck.
     */
    static void sendWhileBodyStalls(HttpExchange exchange, String requestId, DaxFault fault, String contentType)
            throws IOException {
        String type = fault.code().wireName();
        byte[] bytes = Json.bytes(body(type, fault.getMessage()));
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set(Responses.REQUEST_ID, requestId);
        exchange.getResponseHeaders().set(ERROR_TYPE, type);
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(fault.httpStatus(), bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
    }

    private static ObjectNode body(String type, String message) {
        ObjectNode body = Json.object();
        body.put("__type", type);
        body.put("message", message);
        return body;
    }
}
