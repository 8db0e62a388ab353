package org.daxkit.conformance.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Per operation, the outcomes seen (HTTP status and error code), with how often each occurred. */
final class OperationsSection {
    private OperationsSection() {
    }

    static Section of(Record a, Record b) {
        Map<String, List<RecordedExchange>> byOpA = Situations.group(a.exchanges(), RecordedExchange::operation);
        Map<String, List<RecordedExchange>> byOpB = Situations.group(b.exchanges(), RecordedExchange::operation);
        List<Row> rows = new ArrayList<>();
        int same = 0;
        for (String op : Situations.union(byOpA, byOpB)) {
            List<RecordedExchange> inA = byOpA.getOrDefault(op, List.of());
            List<RecordedExchange> inB = byOpB.getOrDefault(op, List.of());
            if (inB.isEmpty()) {
                rows.add(Row.onlyA(op, Situations.outcomeCounts(inA)));
            } else if (inA.isEmpty()) {
                rows.add(Row.onlyB(op, Situations.outcomeCounts(inB)));
            } else if (!Situations.outcomes(inA).equals(Situations.outcomes(inB))) {
                rows.add(Row.differs(op, Situations.outcomeCounts(inA), Situations.outcomeCounts(inB)));
            } else {
                same++;
            }
        }
        return new Section("Operations and outcomes",
                "per operation, the HTTP statuses and error codes answered (×count); an operation with the same"
                        + " outcomes in both counts as agreeing", rows, same);
    }
}
