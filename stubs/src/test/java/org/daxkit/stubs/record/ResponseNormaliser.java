package org.daxkit.stubs.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Removes what changes between two recordings of the same behaviour. The reference draws each cluster's
 * endpoint id ({@code <name>.<id>.dax-clusters...}) at random; it becomes a stable id derived from the
 * cluster name. Timestamps need nothing here: the reference runs on a fixed clock.
 */
final class ResponseNormaliser {
    private ResponseNormaliser() {
    }

    static JsonNode normalise(JsonNode body) {
        JsonNode copy = body.deepCopy();
        normaliseClusters(copy);
        return copy;
    }

    /** A UUID derived from a name, so stub ids and request ids stay the same from one recording to the next. */
    static UUID stableUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Six lowercase hex characters derived from a cluster name, shaped like a DAX endpoint id. */
    static String stableEndpointId(String clusterName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(clusterName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void normaliseClusters(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String address = object.path("ClusterDiscoveryEndpoint").path("Address").asText("");
            String[] labels = address.split("\\.");
            if (object.hasNonNull("ClusterName") && labels.length > 2) {
                String stable = "." + stableEndpointId(object.get("ClusterName").asText()) + ".";
                replaceInStrings(object, "." + labels[1] + ".", stable);
            }
        }
        node.forEach(ResponseNormaliser::normaliseClusters);
    }

    private static void replaceInStrings(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(field.getValue().asText().replace(from, to)));
                } else {
                    replaceInStrings(field.getValue(), from, to);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(array.get(i).asText().replace(from, to)));
                } else {
                    replaceInStrings(array.get(i), from, to);
                }
            }
        }
    }
}
