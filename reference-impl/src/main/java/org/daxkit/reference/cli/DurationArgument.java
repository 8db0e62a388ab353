package org.daxkit.reference.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations such as {@code 2s}, {@code 500ms}, {@code 1m}, {@code 1h} or {@code 0}. */
final class DurationArgument {
    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

    private DurationArgument() {
    }

    static Duration parse(String flag, String text) throws UsageException {
        if ("0".equals(text)) {
            return Duration.ZERO;
        }
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new UsageException("Invalid value for " + flag + ": '" + text
                    + "' (expected a duration such as 2s, 500ms, 1m, 1h or 0)");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
