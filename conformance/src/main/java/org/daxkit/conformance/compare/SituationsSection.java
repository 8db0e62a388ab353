package org.daxkit.conformance.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Error codes and HTTP statuses per situation: the same operation made by the same check (or during setup
 * and cleanup) in both runs, so "RebootNode of an unknown node" in one is compared with the same in the other.
 */
final class SituationsSection {
    private SituationsSection() {
    }

    static Section of(Record a, Record b) {
        Map<String, List<RecordedExchange>> inA = Situations.group(a.exchanges(), SituationsSection::key);
        Map<String, List<RecordedExchange>> inB = Situations.group(b.exchanges(), SituationsSection::key);
        List<Row> rows = new ArrayList<>();
        int same = 0;
        for (String key : Situations.union(inA, inB)) {
            List<RecordedExchange> ea = inA.getOrDefault(key, List.of());
            List<RecordedExchange> eb = inB.getOrDefault(key, List.of());
            if (eb.isEmpty()) {
                rows.add(Row.onlyA(key, Situations.outcomeCounts(ea)));
            } else if (ea.isEmpty()) {
                rows.add(Row.onlyB(key, Situations.outcomeCounts(eb)));
            } else if (!Situations.outcomes(ea).equals(Situations.outcomes(eb))) {
                rows.add(Row.differs(key, Situations.outcomeCounts(ea), Situations.outcomeCounts(eb)));
            } else {
                same++;
            }
        }
        return new Section("Outcomes per situation",
                "per check (or setup, cleanup) and operation, the statuses and error codes answered", rows, same);
    }

    private static String key(RecordedExchange e) {
        return (e.during().isEmpty() ? "?" : e.during()) + ": " + e.operation();
    }
}
