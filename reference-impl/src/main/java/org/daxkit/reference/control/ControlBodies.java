package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Typed reads of control request members, failing with a message that names the member. */
final class ControlBodies {
    private ControlBodies() {
    }

    static String requiredText(ObjectNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new BadControlRequest("Member '" + member + "' must be a non-empty string, got " + value);
        }
        return value.textValue();
    }

    static long requiredLong(ObjectNode body, String member, long min) {
        JsonNode value = body.get(member);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min) {
            throw new BadControlRequest("Member '" + member + "' must be an integer >= " + min + ", got " + value);
        }
        return value.longValue();
    }

    static boolean requiredBoolean(ObjectNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || !value.isBoolean()) {
            throw new BadControlRequest("Member '" + member + "' must be true or false, got " + value);
        }
        return value.booleanValue();
    }
}
