package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.http.FaultResponder;
import org.daxkit.reference.http.RequestBodies;
import org.daxkit.reference.http.Responses;

/** The control API under /_control: a route table, answered only to loopback clients. */
public final class ControlApiHandler implements HttpHandler {
    public static final String PREFIX = "/_control";

    private final List<ControlRoute> routes;

    ControlApiHandler(List<ControlRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = Responses.newRequestId();
        try (exchange) {
            try {
                JsonNode result = answer(exchange);
                Responses.send(exchange, requestId, 200, Responses.PLAIN_JSON, result);
            } catch (ControlError error) {
                sendError(exchange, requestId, error.status, error.type, error.getMessage());
            } catch (BadControlRequest bad) {
                sendError(exchange, requestId, 400, "BadControlRequest", bad.getMessage());
            } catch (DaxFault fault) {
                FaultResponder.send(exchange, requestId, fault, Responses.PLAIN_JSON);
            } catch (RuntimeException | Error bug) {
                bug.printStackTrace();
                sendError(exchange, requestId, 500, "InternalFailure", "Internal failure; request id " + requestId);
            }
        }
    }

    private static void sendError(HttpExchange exchange, String requestId, int status, String type, String message)
            throws IOException {
        FaultResponder.send(exchange, requestId, status, type, message, Responses.PLAIN_JSON);
    }

    private JsonNode answer(HttpExchange exchange) throws IOException {
        InetSocketAddress remote = exchange.getRemoteAddress();
        if (remote == null || remote.getAddress() == null || !remote.getAddress().isLoopbackAddress()) {
            throw new ControlError(403, "AccessDenied", "The control API answers loopback clients only.");
        }
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        List<ControlRoute> onPath = routes.stream().filter(r -> r.path().equals(path)).toList();
        if (onPath.isEmpty()) {
            throw new ControlError(404, "NotFound", "No control route " + PREFIX + path + "; routes: "
                    + routes.stream().map(r -> r.method() + " " + PREFIX + r.path()).toList());
        }
        Optional<ControlRoute> route = onPath.stream().filter(r -> r.method().equalsIgnoreCase(method)).findFirst();
        if (route.isEmpty()) {
            throw new ControlError(405, "MethodNotAllowed", method + " is not allowed on " + PREFIX + path
                    + "; allowed: " + onPath.stream().map(ControlRoute::method).toList());
        }
        RequestBodies.requireDeclaredLengthWithinReach(exchange.getRequestHeaders().getFirst("Content-Length"));
        ObjectNode body = RequestBodies.readObject(exchange.getRequestBody());
        return route.get().handler().handle(body);
    }

    /** A control error with its own status (403, 404, 405). */
    private static final class ControlError extends RuntimeException {
        private final int status;
        private final String type;

        ControlError(int status, String type, String message) {
            super(message, null, false, false);
            this.status = status;
            this.type = type;
        }
    }
}
