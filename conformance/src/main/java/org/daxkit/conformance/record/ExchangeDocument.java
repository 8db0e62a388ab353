package org.daxkit.conformance.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.daxkit.conformance.wire.Exchange;

/**
 * One exchange as a record file: what was sent and what came back, credentials dropped and (optionally)
 * account ids masked. A body that is JSON is kept as JSON ({@code body}), numbers with their exact digits;
 * anything else (an HTML error page) is kept as text ({@code bodyText}).
 */
final class ExchangeDocument {
    static final ObjectMapper JSON = RecordFormat.JSON;

    private final CredentialFilter credentials;
    private final boolean maskAccountIds;

    ExchangeDocument(CredentialFilter credentials, boolean maskAccountIds) {
        this.credentials = credentials;
        this.maskAccountIds = maskAccountIds;
    }

    ObjectNode of(int sequence, String during, Exchange e) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("sequence", sequence);
        doc.put("operation", e.operation());
        doc.put("attempt", e.attempts());
        doc.put("during", during);
        doc.put("sentAt", e.sentAt() == null ? null : e.sentAt().toString());
        if (e.millis() == null) {
            doc.putNull("millis");
        } else {
            doc.put("millis", e.millis());
        }
        ObjectNode request = doc.putObject("request");
        request.put("method", e.method());
        request.put("path", clean(credentials.pathAndQuery(path(e.url()))));
        request.set("headers", headers(e.requestHeaders()));
        putBody(request, e.requestBody());
        if (!e.answered()) {
            doc.putNull("response");
            return doc;
        }
        ObjectNode response = doc.putObject("response");
        response.put("status", e.status());
        response.set("headers", headers(e.responseHeaders()));
        putBody(response, e.responseBody());
        return doc;
    }

    private ObjectNode headers(Map<String, List<String>> headers) {
        ObjectNode out = JSON.createObjectNode();
        credentials.headers(headers).forEach((name, values) -> {
            if (values.size() == 1) {
                out.put(name, clean(values.get(0)));
            } else {
                values.forEach(v -> out.withArray(name).add(clean(v)));
            }
        });
        return out;
    }

    private void putBody(ObjectNode message, String body) {
        String text = clean(body == null ? "" : body);
        JsonNode json = parse(text);
        if (json != null) {
            message.set("body", json);
        } else {
            message.put("bodyText", text);
        }
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }

    private String clean(String text) {
        String scrubbed = credentials.text(text);
        return maskAccountIds ? AccountIdMask.mask(scrubbed) : scrubbed;
    }

    private static String path(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException unparsable) {
            return url;
        }
    }
}
