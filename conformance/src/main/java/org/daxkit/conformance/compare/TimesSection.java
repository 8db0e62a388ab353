package org.daxkit.conformance.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times side by side, without a verdict: how long transitions took as the client saw them, and how long each
 * operation's responses took. A target whose transitions were completed early through a control API (the
 * reference, moto with immediate transitions) shows that, not its natural pace.
 */
final class TimesSection {
    private TimesSection() {
    }

    static Section of(Record a, Record b) {
        List<Row> rows = new ArrayList<>();
        Map<String, TransitionTimes.Measured> ta = TransitionTimes.of(a);
        Map<String, TransitionTimes.Measured> tb = TransitionTimes.of(b);
        for (String kind : ta.keySet()) {
            rows.add(Row.measured(kind, ta.get(kind).describe(), tb.get(kind).describe()));
        }
        Map<String, List<RecordedExchange>> byOpA = Situations.group(a.exchanges(), RecordedExchange::operation);
        Map<String, List<RecordedExchange>> byOpB = Situations.group(b.exchanges(), RecordedExchange::operation);
        for (String op : Situations.union(byOpA, byOpB)) {
            rows.add(Row.measured(op + " response time", responseTimes(byOpA.getOrDefault(op, List.of())),
                    responseTimes(byOpB.getOrDefault(op, List.of()))));
        }
        return new Section("Times",
                "transitions from the call starting one to the first later response showing it over; response"
                        + " times per operation (median, max)", rows, 0);
    }

    private static String responseTimes(List<RecordedExchange> exchanges) {
        List<Long> millis = exchanges.stream().map(RecordedExchange::millis).filter(m -> m != null).sorted().toList();
        if (millis.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "median %d ms, max %d ms (n=%d)", millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), millis.size());
    }
}
