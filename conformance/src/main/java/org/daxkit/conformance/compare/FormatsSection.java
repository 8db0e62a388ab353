package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per situation and member present in both records, the formats of its values (type and shape); and the
 * format of the body itself, where one record got JSON and the other an HTML page.
 */
final class FormatsSection {
    static final String BODY = "(body)";

    private FormatsSection() {
    }

    static Section of(Record a, Record b) {
        Map<String, List<RecordedExchange>> inA = Situations.bySituation(a);
        Map<String, List<RecordedExchange>> inB = Situations.bySituation(b);
        List<Row> rows = new ArrayList<>();
        int same = 0;
        for (String situation : Situations.union(inA, inB)) {
            if (!inA.containsKey(situation) || !inB.containsKey(situation)) {
                continue; // listed whole under the members section
            }
            Map<String, Set<String>> fa = formats(inA.get(situation));
            Map<String, Set<String>> fb = formats(inB.get(situation));
            for (Map.Entry<String, Set<String>> e : fa.entrySet()) {
                Set<String> other = fb.get(e.getKey());
                if (other == null) {
                    continue; // a member in one record only: the members section lists it
                }
                if (e.getValue().equals(other)) {
                    same++;
                } else {
                    rows.add(Row.differs(situation + "  " + e.getKey(), String.join(" | ", e.getValue()),
                            String.join(" | ", other)));
                }
            }
        }
        return new Section("Value formats",
                "per operation, outcome and member present in both, the formats of its values (JSON type; epoch"
                        + " seconds or milliseconds for times; letter case for statuses; ARN shapes)", rows, same);
    }

    static Map<String, Set<String>> formats(List<RecordedExchange> exchanges) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (RecordedExchange e : exchanges) {
            out.computeIfAbsent(BODY, k -> new LinkedHashSet<>()).add(bodyFormat(e));
            for (Map.Entry<String, List<JsonNode>> m : JsonMembers.of(e.responseBody()).entrySet()) {
                Set<String> set = out.computeIfAbsent(m.getKey(), k -> new LinkedHashSet<>());
                m.getValue().forEach(v -> set.add(ValueFormat.of(m.getKey(), v)));
            }
        }
        return out;
    }

    private static String bodyFormat(RecordedExchange e) {
        if (e.responseBody() != null) {
            return "JSON " + ValueFormat.of("", e.responseBody());
        }
        String text = e.responseText().stripLeading().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return "empty";
        }
        return text.startsWith("<!doctype html") || text.startsWith("<html") ? "HTML page" : "text, not JSON";
    }
}
