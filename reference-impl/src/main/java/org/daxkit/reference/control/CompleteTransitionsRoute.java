package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;

/** POST /_control/transitions/complete: every pending transition completes now. */
final class CompleteTransitionsRoute implements ControlRouteHandler {
    private final DaxStore store;

    CompleteTransitionsRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        return Json.object().put("completed", store.completeTransitions());
    }
}
