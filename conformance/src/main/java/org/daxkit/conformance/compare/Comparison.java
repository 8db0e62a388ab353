package org.daxkit.conformance.compare;

import java.util.List;

/** Two records of the same story side by side, aspect by aspect. */
public record Comparison(Record a, Record b, List<Section> sections) {

    public Comparison {
        sections = List.copyOf(sections);
    }

    public static Comparison of(Record a, Record b) {
        return new Comparison(a, b, List.of(
                OperationsSection.of(a, b),
                SituationsSection.of(a, b),
                MembersSection.of(a, b),
                FormatsSection.of(a, b),
                HeadersSection.of(a, b),
                StatusSection.of(a, b),
                TimesSection.of(a, b)));
    }

    public long count(Row.Kind kind) {
        return sections.stream().mapToLong(s -> s.count(kind)).sum();
    }

    /** "12 only in A, 3 only in B, 7 differ". */
    public String summary() {
        return count(Row.Kind.ONLY_A) + " only in A, " + count(Row.Kind.ONLY_B) + " only in B, "
                + count(Row.Kind.DIFFERS) + " differ";
    }
}
