package org.daxkit.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Json;

/** Reads a bounded request body into a JSON object; anything else is a SerializationException. */
public final class RequestBodies {
    static final int MAX_BYTES = 1 << 20;

    private RequestBodies() {
    }

    public static ObjectNode readObject(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw DaxFault.serialization("The request body is larger than " + MAX_BYTES + " bytes.");
        }
        return parseObject(bytes);
    }

    /** An empty (or all-whitespace) body means {@code {}}. */
    public static ObjectNode parseObject(byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return Json.object();
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            throw DaxFault.serialization("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw DaxFault.serialization("The request body must be a JSON object, got "
                    + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) tree;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
