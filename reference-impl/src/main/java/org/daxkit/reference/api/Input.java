package org.daxkit.reference.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the members of a request object. A member of the wrong JSON type is a
 * SerializationException (as AWS JSON services answer); a JSON null counts as absent. The whole request
 * was already type-checked against the operation's {@link Shape}; these checks keep each read safe.
 */
public final class Input {
    private final ObjectNode node;

    public Input(ObjectNode node) {
        this.node = node;
    }

    public Optional<String> string(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(member, "a string", value);
        }
        return Optional.of(value.textValue());
    }

    /** A required string: missing or blank is InvalidParameterValueException. */
    public String requiredString(String member) {
        return string(member).filter(s -> !s.isBlank()).orElseThrow(() -> missing(member));
    }

    public Optional<Integer> integer(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(member, "an integer", value);
        }
        return Optional.of(value.intValue());
    }

    public Optional<Boolean> bool(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrongType(member, "a boolean", value);
        }
        return Optional.of(value.booleanValue());
    }

    /** A timestamp member: epoch seconds as a JSON number (the AWS JSON 1.1 encoding). */
    public Optional<Instant> timestamp(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw wrongType(member, "a timestamp (epoch seconds as a number)", value);
        }
        BigDecimal millis = value.decimalValue().movePointRight(3);
        if (millis.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
            throw DaxFault.invalidParameter("The timestamp " + member + " is out of range: " + value);
        }
        return Optional.of(Instant.ofEpochMilli(millis.longValue()));
    }

    public Optional<List<String>> stringList(String member) {
        return list(member).map(items -> {
            List<String> strings = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.isTextual()) {
                    throw wrongType(member + " element", "a string", item);
                }
                strings.add(item.textValue());
            }
            return strings;
        });
    }

    public Optional<List<Input>> structList(String member) {
        return list(member).map(items -> {
            List<Input> structs = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw wrongType(member + " element", "an object", item);
                }
                structs.add(new Input((ObjectNode) item));
            }
            return structs;
        });
    }

    public Optional<Input> struct(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrongType(member, "an object", value);
        }
        return Optional.of(new Input((ObjectNode) value));
    }

    /** The raw member, or null when absent or JSON null. */
    public JsonNode raw(String member) {
        return present(member);
    }

    private Optional<List<JsonNode>> list(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(member, "a list", value);
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return Optional.of(items);
    }

    private JsonNode present(String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    public static DaxFault missing(String member) {
        return DaxFault.invalidParameter("The parameter " + member + " must be provided and must not be blank.");
    }

    private static DaxFault wrongType(String member, String expected, JsonNode actual) {
        return DaxFault.serialization("Member " + member + " must be " + expected + " but was a JSON "
                + describe(actual.getNodeType()));
    }

    private static String describe(JsonNodeType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
