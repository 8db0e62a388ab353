package org.daxkit.conformance.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rows for two sets of the same kind of thing: each item in one only; the count of those in both. */
final class SetDiff {
    final List<Row> rows = new ArrayList<>();
    int same;

    /** Adds the rows for one key: {@code prefix} names the situation, items are listed one per row. */
    void compare(String prefix, Collection<String> a, Collection<String> b) {
        Set<String> inB = new LinkedHashSet<>(b);
        Set<String> inA = new LinkedHashSet<>(a);
        for (String item : inA) {
            if (inB.contains(item)) {
                same++;
            } else {
                rows.add(Row.onlyA(join(prefix, item), "present"));
            }
        }
        for (String item : inB) {
            if (!inA.contains(item)) {
                rows.add(Row.onlyB(join(prefix, item), "present"));
            }
        }
    }

    private static String join(String prefix, String item) {
        return prefix.isEmpty() ? item : prefix + "  " + item;
    }
}
