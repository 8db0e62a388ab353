package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;

/** DELETE /_control/faults: clears every injected fault. */
final class ClearFaultsRoute implements ControlRouteHandler {
    private final DaxStore store;

    ClearFaultsRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        int cleared = store.apply(tx -> tx.faults().clear());
        return Json.object().put("cleared", cleared);
    }
}
