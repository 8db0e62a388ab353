package org.daxkit.reference.hostile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.daxkit.reference.support.RawWire;

/** One HTTP answer, however it was obtained (raw socket or java.net.http), with the request that caused it. */
record Answer(String request, int status, Map<String, String> headers, String body) {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    Answer {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = lower;
    }

    static Answer of(RawWire.Reply reply) {
        Map<String, String> headers = new TreeMap<>();
        reply.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
        return new Answer(reply.request(), reply.status(), headers, reply.body());
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body as JSON; a body that is not exactly one JSON value fails the test. */
    JsonNode json() {
        try {
            JsonNode tree = STRICT.readTree(body);
            if (tree == null) {
                throw new AssertionError("Empty body for " + this);
            }
            return tree;
        } catch (IOException e) {
            throw new AssertionError("Body is not valid JSON for " + this + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
        String asked = request.length() > 300 ? request.substring(0, 300) + "..." : request;
        return asked + " -> HTTP " + status + " " + headers + " " + shown;
    }
}
