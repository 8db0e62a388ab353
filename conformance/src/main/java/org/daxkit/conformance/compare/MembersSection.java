package org.daxkit.conformance.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per situation (operation and outcome), the member paths present in the response bodies. */
final class MembersSection {
    private MembersSection() {
    }

    static Section of(Record a, Record b) {
        Map<String, List<RecordedExchange>> inA = Situations.bySituation(a);
        Map<String, List<RecordedExchange>> inB = Situations.bySituation(b);
        SetDiff diff = new SetDiff();
        for (String situation : Situations.union(inA, inB)) {
            List<RecordedExchange> ea = inA.getOrDefault(situation, List.of());
            List<RecordedExchange> eb = inB.getOrDefault(situation, List.of());
            if (eb.isEmpty()) {
                diff.rows.add(Row.onlyA(situation, describe(ea)));
            } else if (ea.isEmpty()) {
                diff.rows.add(Row.onlyB(situation, describe(eb)));
            } else {
                diff.compare(situation, paths(ea), paths(eb));
            }
        }
        return new Section("Members present in responses",
                "per operation and outcome, the JSON paths present in any response (list indexes collapsed to [])",
                diff.rows, diff.same);
    }

    static Set<String> paths(List<RecordedExchange> exchanges) {
        Set<String> out = new LinkedHashSet<>();
        for (RecordedExchange e : exchanges) {
            out.addAll(JsonMembers.of(e.responseBody()).keySet());
        }
        return out;
    }

    private static String describe(List<RecordedExchange> exchanges) {
        return "the whole situation: " + exchanges.size() + " responses, " + paths(exchanges).size() + " member paths";
    }
}
