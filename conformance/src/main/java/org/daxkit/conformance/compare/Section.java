package org.daxkit.conformance.compare;

import java.util.List;

/**
 * One aspect of the comparison: its rows (differences, or measurements side by side) and how many compared
 * items agreed, so "no difference" is visible as a count rather than as silence.
 */
public record Section(String title, String about, List<Row> rows, int same) {

    public Section {
        rows = List.copyOf(rows);
    }

    public long count(Row.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }
}
