package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What one control route does; its method and path are in {@link ControlRoutes}. */
interface ControlRouteHandler {
    /** Answers with a JSON body (HTTP 200) or throws {@link BadControlRequest} (HTTP 400). */
    JsonNode handle(ObjectNode body);
}
