package org.daxkit.conformance.shape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Compares a raw JSON response with its modeled shape; JSON nulls count as absent, as SDKs treat them. */
public final class WireShapeValidator {
    private WireShapeValidator() {
    }

    public static List<ShapeProblem> validate(JsonNode json, Shape.Structure shape) {
        List<ShapeProblem> problems = new ArrayList<>();
        check(json, shape, "$", null, null, problems);
        return problems;
    }

    private static void check(JsonNode json, Shape shape, String path, String owner, String member,
                              List<ShapeProblem> out) {
        if (json == null || json.isNull()) {
            return;
        }
        if (shape instanceof Shape.Structure s) {
            if (!json.isObject()) {
                out.add(wrongType(path, shape, json));
                return;
            }
            for (Map.Entry<String, JsonNode> e : json.properties()) {
                Shape memberShape = s.members().get(e.getKey());
                String memberPath = path + "." + e.getKey();
                if (memberShape == null) {
                    out.add(new ShapeProblem(ShapeProblem.Kind.UNKNOWN_MEMBER, memberPath,
                            "only members of " + s.name() + " " + new TreeSet<>(s.members().keySet()),
                            "unknown member " + e.getKey() + "=" + abbreviate(e.getValue())));
                } else {
                    check(e.getValue(), memberShape, memberPath, s.name(), e.getKey(), out);
                }
            }
        } else if (shape instanceof Shape.ListOf l) {
            if (!json.isArray()) {
                out.add(wrongType(path, shape, json));
                return;
            }
            for (int i = 0; i < json.size(); i++) {
                check(json.get(i), l.member(), path + "[" + i + "]", owner, member, out);
            }
        } else if (shape instanceof Shape.MapOf m) {
            if (!json.isObject()) {
                out.add(wrongType(path, shape, json));
                return;
            }
            json.properties().forEach(e -> check(e.getValue(), m.value(), path + "." + e.getKey(), owner,
                    member, out));
        } else {
            checkScalar(json, (Shape.Scalar) shape, path, owner, member, out);
        }
    }

    private static void checkScalar(JsonNode json, Shape.Scalar shape, String path, String owner, String member,
                                    List<ShapeProblem> out) {
        boolean typeOk = switch (shape.kind()) {
            case STRING, BLOB -> json.isTextual();
            case INTEGER -> json.isIntegralNumber();
            case NUMBER, TIMESTAMP -> json.isNumber();
            case BOOLEAN -> json.isBoolean();
            case DOCUMENT -> true;
        };
        if (!typeOk) {
            out.add(wrongType(path, shape, json));
            return;
        }
        Set<String> allowed = !shape.enumValues().isEmpty() ? shape.enumValues()
                : owner == null ? null : DocumentedValues.of(owner, member);
        if (allowed != null && json.isTextual() && !allowed.contains(json.asText())) {
            out.add(new ShapeProblem(ShapeProblem.Kind.UNKNOWN_VALUE, path, "one of " + new TreeSet<>(allowed),
                    "\"" + json.asText() + "\""));
        }
    }

    private static ShapeProblem wrongType(String path, Shape shape, JsonNode json) {
        return new ShapeProblem(ShapeProblem.Kind.WRONG_TYPE, path, shape.expectation(),
                jsonType(json) + " " + abbreviate(json));
    }

    private static String jsonType(JsonNode n) {
        if (n.isTextual()) {
            return "a JSON string";
        }
        if (n.isIntegralNumber()) {
            return "a JSON integer";
        }
        if (n.isNumber()) {
            return "a JSON number";
        }
        if (n.isBoolean()) {
            return "a JSON boolean";
        }
        if (n.isArray()) {
            return "a JSON array";
        }
        return n.isObject() ? "a JSON object" : "a JSON " + n.getNodeType().name().toLowerCase();
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
