package org.daxkit.conformance.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Status members the model types as plain strings but whose values the DAX documentation and AWS's
 * published samples fix, in lowercase as on the wire. Listed once, each with its source, in the clause
 * catalog ({@code documentedValues}); the only values accepted, in the documented case.
 */
public final class DocumentedValues {
    /** The clause catalog, where the documented values are listed with their sources. */
    private static final String CATALOG = "/org/daxkit/conformance/clauses.json";
    private static final Map<String, Set<String>> VALUES = load();

    private DocumentedValues() {
    }

    /** The allowed values of {@code structure.member}, or null when free text. */
    public static Set<String> of(String structure, String member) {
        return VALUES.get(structure + "." + member);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = DocumentedValues.class.getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException("resource " + CATALOG + " is missing");
            }
            Map<String, Set<String>> values = new LinkedHashMap<>();
            for (JsonNode entry : new ObjectMapper().readTree(in).path("documentedValues")) {
                Set<String> set = new LinkedHashSet<>();
                entry.path("values").forEach(v -> set.add(v.asText()));
                values.put(entry.path("member").asText(), Set.copyOf(set));
            }
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOG, e);
        }
    }
}
