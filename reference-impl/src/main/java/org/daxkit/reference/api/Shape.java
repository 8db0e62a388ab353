package org.daxkit.reference.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The JSON type of a request member, checked over the whole request before an operation runs: as in
 * AWS services, a wrong type anywhere is a SerializationException, whatever else is wrong or missing.
 * Unknown members are ignored; JSON null counts as absent.
 */
public final class Shape {
    public static final Shape STRING = new Shape("a string", JsonNode::isTextual, null, null);
    public static final Shape INTEGER = new Shape("an integer",
            v -> v.isIntegralNumber() && v.canConvertToInt(), null, null);
    public static final Shape BOOLEAN = new Shape("a boolean", JsonNode::isBoolean, null, null);
    public static final Shape TIMESTAMP = new Shape("a timestamp (epoch seconds)", JsonNode::isNumber, null, null);
    public static final Shape STRINGS = list(STRING);

    private final String description;
    private final Predicate<JsonNode> accepts;
    private final Shape element;
    private final Map<String, Shape> members;

    private Shape(String description, Predicate<JsonNode> accepts, Shape element, Map<String, Shape> members) {
        this.description = description;
        this.accepts = accepts;
        this.element = element;
        this.members = members;
    }

    public static Shape list(Shape element) {
        return new Shape("a list", JsonNode::isArray, element, null);
    }

    /** A structure: alternating member names and shapes. */
    public static Shape struct(Object... namesAndShapes) {
        Map<String, Shape> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            members.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
        }
        return new Shape("an object", JsonNode::isObject, null, members);
    }

    /** Throws SerializationException naming the first member whose JSON type is wrong. */
    public void check(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!accepts.test(value)) {
            throw DaxFault.serialization("Member " + path + " must be " + description + " but was a JSON "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (element != null) {
            for (int i = 0; i < value.size(); i++) {
                element.check(value.get(i), path + "[" + i + "]");
            }
        }
        if (members != null) {
            members.forEach((name, shape) -> shape.check(value.get(name), path.isEmpty() ? name : path + "." + name));
        }
    }
}
