package org.daxkit.stubs.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders one WireMock mapping file from a captured exchange. Matching is strict: POST, url {@code /},
 * X-Amz-Target equalTo, body equalToJson without ignoreExtraElements or ignoreArrayOrder. Output is
 * deterministic: fixed key order, two-space indent, LF line ends, ids derived from the stub name.
 */
final class MappingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));
    private static final String[] KEPT_RESPONSE_HEADERS = {"Content-Type", "x-amzn-ErrorType"};

    private MappingJson() {
    }

    static String render(String name, Exchange exchange, ScenarioStep step) {
        ObjectNode mapping = MAPPER.createObjectNode();
        mapping.put("id", ResponseNormaliser.stableUuid("dax-stubs/stub/" + name).toString());
        mapping.put("name", name);
        if (step != null) {
            mapping.put("scenarioName", step.scenarioName());
            mapping.put("requiredScenarioState", step.requiredState());
            if (step.newState() != null) {
                mapping.put("newScenarioState", step.newState());
            }
            if (step.priority() != null) {
                mapping.put("priority", step.priority());
            }
        }
        ObjectNode request = mapping.putObject("request");
        request.put("method", "POST");
        request.put("url", "/");
        request.putObject("headers").putObject("X-Amz-Target").put("equalTo", exchange.target());
        request.putArray("bodyPatterns").addObject().set("equalToJson", parse(name, "request", exchange.requestBody()));

        ObjectNode response = mapping.putObject("response");
        response.put("status", exchange.status());
        ObjectNode headers = response.putObject("headers");
        for (String header : KEPT_RESPONSE_HEADERS) {
            String value = exchange.responseHeader(header);
            if (value != null) {
                headers.put(header, value);
            }
        }
        headers.put("x-amzn-RequestId", ResponseNormaliser.stableUuid("dax-stubs/request-id/" + name).toString());
        response.set("jsonBody", ResponseNormaliser.normalise(parse(name, "response", exchange.responseBody())));
        try {
            return WRITER.writeValueAsString(mapping) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static JsonNode parse(String name, String what, String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalStateException("Stub " + name + ": the " + what + " body is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stub " + name + ": the " + what + " body is not JSON: " + json, e);
        }
    }
}
