package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member paths of a JSON body with the values found at each: {@code Cluster.Nodes[].Endpoint.URL}, list
 * indexes collapsed to {@code []} so every node's endpoint counts as the same member. Scalar list elements
 * are a member of their own ({@code Cluster.ParameterGroup.NodeIdsToReboot[]}).
 */
final class JsonMembers {
    private JsonMembers() {
    }

    static Map<String, List<JsonNode>> of(JsonNode body) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        if (body != null) {
            walk("", body, out);
        }
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, List<JsonNode>> out) {
        if (node.isObject()) {
            node.properties().forEach(m -> {
                String child = path.isEmpty() ? m.getKey() : path + "." + m.getKey();
                out.computeIfAbsent(child, k -> new ArrayList<>()).add(m.getValue());
                walk(child, m.getValue(), out);
            });
        } else if (node.isArray()) {
            String child = path + "[]";
            for (JsonNode element : node) {
                // An object's or list's own members say it is there; a scalar element is a member of its own.
                if (!path.isEmpty() && element.isValueNode()) {
                    out.computeIfAbsent(child, k -> new ArrayList<>()).add(element);
                }
                walk(child, element, out);
            }
        }
    }

    /** The member's own name: the last segment of the path, without list brackets. */
    static String memberName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.replace("[]", "");
    }
}
