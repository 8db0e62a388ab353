package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.ops.Operation;
import org.daxkit.reference.ops.OperationTable;
import org.daxkit.reference.state.DaxStore;

/**
 * POST /_control/faults {"operation","code","count","message"}: the next {@code count} calls of the
 * operation fail with that fault before any other processing. Only faults modeled for it are accepted.
 */
final class InjectFaultRoute implements ControlRouteHandler {
    private static final int MAX_COUNT = 1_000_000;

    private final DaxStore store;
    private final OperationTable operations;

    InjectFaultRoute(DaxStore store, OperationTable operations) {
        this.store = store;
        this.operations = operations;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        String operationName = ControlBodies.requiredText(body, "operation");
        Operation operation = operations.find(operationName).orElseThrow(() -> new BadControlRequest(
                "Unknown operation '" + operationName + "'; valid operations: "
                        + operations.all().stream().map(Operation::name).toList()));
        String codeName = ControlBodies.requiredText(body, "code");
        Optional<ErrorCode> code = ErrorCode.fromWireName(codeName).filter(operation.modeledFaults()::contains);
        if (code.isEmpty()) {
            throw new BadControlRequest("'" + codeName + "' is not a fault modeled for " + operationName
                    + "; valid codes: " + operation.modeledFaults().stream().map(ErrorCode::wireName).sorted().toList());
        }
        int count = body.has("count") ? (int) ControlBodies.requiredLong(body, "count", 1) : 1;
        if (count > MAX_COUNT) {
            throw new BadControlRequest("Member 'count' must be at most " + MAX_COUNT + ", got " + count);
        }
        JsonNode messageNode = body.get("message");
        if (messageNode != null && !messageNode.isNull() && !messageNode.isTextual()) {
            throw new BadControlRequest("Member 'message' must be a string when given, got " + messageNode);
        }
        String message = messageNode != null && messageNode.isTextual()
                ? messageNode.textValue()
                : "Injected fault " + codeName + " for " + operationName + ".";
        store.apply(tx -> {
            tx.faults().add(operationName, code.get(), message, count);
            return null;
        });
        ObjectNode result = body.objectNode();
        result.put("operation", operationName).put("code", codeName).put("count", count).put("message", message);
        return result;
    }
}
