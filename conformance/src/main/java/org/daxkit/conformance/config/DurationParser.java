package org.daxkit.conformance.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses "500ms", "2s", "5m", "1h" or ISO-8601 ("PT2S"). */
public final class DurationParser {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

    private DurationParser() {
    }

    public static Duration parse(String text) {
        Matcher m = SHORT.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": return Duration.ofMinutes(n);
                default: return Duration.ofHours(n);
            }
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration (use 500ms, 2s, 5m, 1h or PT2S)");
        }
    }
}
