package org.daxkit.conformance.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per situation, the response headers present (x-amzn-RequestId, x-amzn-ErrorType, Content-Type, ...) and
 * the Content-Type values sent.
 */
final class HeadersSection {
    private HeadersSection() {
    }

    static Section of(Record a, Record b) {
        Map<String, List<RecordedExchange>> inA = Situations.bySituation(a);
        Map<String, List<RecordedExchange>> inB = Situations.bySituation(b);
        SetDiff diff = new SetDiff();
        for (String situation : Situations.union(inA, inB)) {
            if (!inA.containsKey(situation) || !inB.containsKey(situation)) {
                continue; // listed whole under the members section
            }
            diff.compare(situation, names(inA.get(situation)), names(inB.get(situation)));
            Set<String> typesA = contentTypes(inA.get(situation));
            Set<String> typesB = contentTypes(inB.get(situation));
            if (typesA.equals(typesB)) {
                diff.same++;
            } else {
                diff.rows.add(Row.differs(situation + "  Content-Type", String.join(" | ", typesA),
                        String.join(" | ", typesB)));
            }
        }
        return new Section("Response headers",
                "per operation and outcome, the header names present in any response (lower case) and the"
                        + " Content-Type values", diff.rows, diff.same);
    }

    private static Set<String> names(List<RecordedExchange> exchanges) {
        Set<String> out = new LinkedHashSet<>();
        exchanges.forEach(e -> out.addAll(e.responseHeaders().keySet()));
        return out;
    }

    private static Set<String> contentTypes(List<RecordedExchange> exchanges) {
        Set<String> out = new LinkedHashSet<>();
        exchanges.stream().map(e -> e.responseHeader("Content-Type")).map(t -> Objects.requireNonNullElse(t, "(none)"))
                .forEach(out::add);
        return out;
    }
}
