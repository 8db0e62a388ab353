package org.daxkit.reference.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.ops.Operation;
import org.daxkit.reference.ops.OperationTable;
import org.daxkit.reference.state.DaxStore;

/**
 * AWS JSON 1.1 front door: POST / with X-Amz-Target. Catches everything, so every request gets a
 * well-formed answer with a request id, whatever the client sent.
 */
public final class DaxApiHandler implements HttpHandler {
    static final String TARGET_PREFIX = "AmazonDAXV3.";

    private final OperationTable operations;
    private final DaxStore store;
    private final RequestAuthenticator authenticator;

    public DaxApiHandler(OperationTable operations, DaxStore store) {
        this(operations, store, RequestAuthenticator.NONE);
    }

    public DaxApiHandler(OperationTable operations, DaxStore store, RequestAuthenticator authenticator) {
        this.operations = operations;
        this.store = store;
        this.authenticator = authenticator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = Responses.newRequestId();
        try (exchange) {
            try {
                ObjectNode result = answer(exchange);
                Responses.send(exchange, requestId, 200, Responses.AMZ_JSON, result);
            } catch (DaxFault fault) {
                FaultResponder.send(exchange, requestId, fault, Responses.AMZ_JSON);
            } catch (IOException clientGone) {
                throw clientGone;
            } catch (RuntimeException | Error bug) {
                // A bug in the reference, never the client's fault; still a well-formed answer.
                System.err.println("dax-reference-impl: unexpected failure, request " + requestId);
                bug.printStackTrace();
                FaultResponder.send(exchange, requestId,
                        new DaxFault(ErrorCode.INTERNAL_FAILURE, "Internal failure; request id " + requestId),
                        Responses.AMZ_JSON);
            }
        }
    }

    private ObjectNode answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!"/".equals(path) && !"".equals(path)) {
            throw new DaxFault(ErrorCode.UNKNOWN_OPERATION,
                    "No such resource: " + path + ". DAX operations are POST / with X-Amz-Target.", 404);
        }
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new DaxFault(ErrorCode.UNKNOWN_OPERATION,
                    "Method " + exchange.getRequestMethod() + " is not allowed. DAX operations are POST /.", 405);
        }
        InputStream body = authenticator.authenticate(exchange);
        Operation operation = operationFor(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        ContentTypes.requireJson(exchange.getRequestHeaders().getFirst("Content-Type"));
        RequestBodies.requireDeclaredLengthWithinReach(exchange.getRequestHeaders().getFirst("Content-Length"));
        store.takeInjectedFault(operation.name()).ifPresent(fault -> {
            throw fault;
        });
        ObjectNode request = RequestBodies.readObject(body);
        operation.requestShape().check(request, "");
        if (!operation.handler().checksServiceLinkedRoleItself()) {
            store.requireServiceLinkedRole();
        }
        return operation.handler().handle(new Input(request), store);
    }

    private Operation operationFor(String target) {
        if (target == null || target.isBlank()) {
            throw new DaxFault(ErrorCode.UNKNOWN_OPERATION, "Missing X-Amz-Target header.");
        }
        if (!target.startsWith(TARGET_PREFIX)) {
            throw new DaxFault(ErrorCode.UNKNOWN_OPERATION,
                    "Unknown X-Amz-Target " + target + "; expected " + TARGET_PREFIX + "<Operation>.");
        }
        String name = target.substring(TARGET_PREFIX.length());
        return operations.find(name).orElseThrow(() -> new DaxFault(ErrorCode.UNKNOWN_OPERATION,
                "Unknown operation " + name + "."));
    }
}
