package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

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

    /** A non-empty list of non-empty strings, or null when the member is absent. */
    static List<String> optionalTexts(ObjectNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        value.forEach(item -> texts.add(item.isTextual() && !item.textValue().isBlank() ? item.textValue() : null));
        if (!value.isArray() || texts.isEmpty() || texts.contains(null)) {
            throw new BadControlRequest("Member '" + member + "' must be a non-empty list of non-empty strings, got "
                    + value);
        }
        return texts;
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
