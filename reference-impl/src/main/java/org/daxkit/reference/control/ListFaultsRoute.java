package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;

/** GET /_control/faults: the injected faults still queued, with their remaining counts. */
final class ListFaultsRoute implements ControlRouteHandler {
    private final DaxStore store;

    ListFaultsRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        ObjectNode result = Json.object();
        ArrayNode faults = result.putArray("faults");
        store.apply(tx -> tx.faults().pending()).forEach(p -> faults.addObject()
                .put("operation", p.operation())
                .put("code", p.code().wireName())
                .put("count", p.remaining())
                .put("message", p.message()));
        return result;
    }
}
