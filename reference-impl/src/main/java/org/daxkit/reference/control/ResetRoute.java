package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;

/** POST /_control/reset: back to a fresh account. */
final class ResetRoute implements ControlRouteHandler {
    private final DaxStore store;

    ResetRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        store.reset();
        return Json.object().put("reset", true);
    }
}
