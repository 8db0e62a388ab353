package org.daxkit.conformance.mutants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a mutant alters traffic. The defaults pass everything through unchanged. */
interface Mutation {
    ObjectMapper JSON = new ObjectMapper();

    default Req request(Req r) {
        return r;
    }

    /** A response to send without asking the upstream server, or null to forward. */
    default Resp intercept(Req r) {
        return null;
    }

    default Resp response(Req request, Resp response) {
        return response;
    }

    record Req(String method, String path, Map<String, List<String>> headers, String body) {
        /** The DAX operation from X-Amz-Target, or "" for other traffic (the control API). */
        String operation() {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase("X-Amz-Target") && !e.getValue().isEmpty()) {
                    String t = e.getValue().get(0);
                    return t.substring(t.indexOf('.') + 1);
                }
            }
            return "";
        }

        ObjectNode json() {
            return parse(body);
        }

        Req withBody(JsonNode json) {
            return new Req(method, path, headers, json.toString());
        }
    }

    record Resp(int status, Map<String, List<String>> headers, String body) {
        ObjectNode json() {
            return parse(body);
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** The error code this response carries, or null for a success. */
        String errorCode() {
            if (status < 300) {
                return null;
            }
            JsonNode type = json().get("__type");
            return type == null ? header("x-amzn-ErrorType") : type.asText();
        }

        Resp withBody(JsonNode json) {
            return new Resp(status, headers, json.toString());
        }

        Resp withStatus(int newStatus) {
            return new Resp(newStatus, headers, body);
        }

        Resp withHeader(String name, String value) {
            Map<String, List<String>> h = without(name);
            if (value != null) {
                h.put(name, List.of(value));
            }
            return new Resp(status, h, body);
        }

        Resp withoutHeader(String name) {
            return new Resp(status, without(name), body);
        }

        private Map<String, List<String>> without(String name) {
            Map<String, List<String>> h = new LinkedHashMap<>(headers);
            h.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            return h;
        }
    }

    static ObjectNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
            return n instanceof ObjectNode o ? o : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
