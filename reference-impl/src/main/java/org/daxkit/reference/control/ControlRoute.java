package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One route of the control API, e.g. POST /_control/reset. */
interface ControlRoute {
    String method();

    /** The path below /_control, e.g. "/reset". */
    String path();

    /** Answers with a JSON body (HTTP 200) or throws {@link BadControlRequest} (HTTP 400). */
    JsonNode handle(ObjectNode body);
}
