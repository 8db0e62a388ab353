package org.daxkit.stubs.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/** What differs between committed mappings and a fresh recording: per file, the first differing lines. */
public final class MappingDiff {
    private static final int CONTEXT_LINES = 3;

    private MappingDiff() {
    }

    /** Committed mappings against a fresh recording; see {@link #between(String, SortedMap, String, SortedMap)}. */
    public static List<String> between(SortedMap<String, String> committed, SortedMap<String, String> recorded) {
        return between("committed", committed, "recorded", recorded);
    }

    /**
     * Empty when both hold the same files with the same content; otherwise one paragraph per differing file,
     * naming each side by its label.
     */
    public static List<String> between(String leftLabel, SortedMap<String, String> left,
                                       String rightLabel, SortedMap<String, String> right) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        for (String name : names) {
            String before = left.get(name);
            String after = right.get(name);
            if (before == null) {
                differences.add(name + ": " + rightLabel + " but not " + leftLabel);
            } else if (after == null) {
                differences.add(name + ": " + leftLabel + " but not " + rightLabel);
            } else if (!before.equals(after)) {
                differences.add(firstDifference(name, leftLabel, before, rightLabel, after));
            }
        }
        return differences;
    }

    /** The differences as one readable message, for a failing test. */
    public static String describe(List<String> differences, Map<String, String> committed) {
        return "The committed stubs (" + committed.size() + " files) differ from a fresh recording of the reference in "
                + differences.size() + " file(s):\n\n" + String.join("\n\n", differences);
    }

    private static String firstDifference(String name, String leftLabel, String before, String rightLabel,
                                          String after) {
        String[] beforeLines = before.split("\n", -1);
        String[] afterLines = after.split("\n", -1);
        int line = 0;
        while (line < beforeLines.length && line < afterLines.length && beforeLines[line].equals(afterLines[line])) {
            line++;
        }
        return name + ": first difference at line " + (line + 1) + "\n"
                + excerpt(leftLabel, beforeLines, line) + excerpt(rightLabel, afterLines, line);
    }

    private static String excerpt(String label, String[] lines, int from) {
        StringBuilder text = new StringBuilder();
        String padded = String.format("%-9s", label);
        for (int i = from; i < Math.min(lines.length, from + CONTEXT_LINES); i++) {
            text.append("  ").append(padded).append(" ").append(i + 1).append(": ").append(lines[i]).append('\n');
        }
        if (from >= lines.length) {
            text.append("  ").append(padded).append(" (ends at line ").append(lines.length).append(")\n");
        }
        return text.toString();
    }
}
