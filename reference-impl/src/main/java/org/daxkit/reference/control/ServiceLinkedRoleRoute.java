package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;

/** PUT /_control/service-linked-role {"present":false}: without it every DAX operation fails. */
final class ServiceLinkedRoleRoute implements ControlRouteHandler {
    private final DaxStore store;

    ServiceLinkedRoleRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        boolean present = ControlBodies.requiredBoolean(body, "present");
        store.apply(tx -> {
            tx.setServiceLinkedRolePresent(present);
            return null;
        });
        return Json.object().put("present", present);
    }
}
