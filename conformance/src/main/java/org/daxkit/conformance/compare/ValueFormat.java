package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The format of a value, not the value: its JSON type, and for some members its shape. Time members
 * (…Time, …Date) tell epoch seconds from milliseconds; status members tell lower case from other case;
 * ARNs show their shape with region, account and name abstracted; strings of digits are told apart.
 */
final class ValueFormat {
    /** Anything from 1e11 on is past the year 5000 in seconds, and after 1973 in milliseconds. */
    private static final double MILLIS_FROM = 1e11;
    private static final Pattern DIGITS = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}|\\*{12}");

    private ValueFormat() {
    }

    static String of(String path, JsonNode v) {
        String member = JsonMembers.memberName(path);
        if (v.isNull()) {
            return "null";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isObject()) {
            return "object";
        }
        if (v.isArray()) {
            return "array";
        }
        if (v.isNumber()) {
            String type = v.isIntegralNumber() ? "integer" : "number";
            if (!isTime(member)) {
                return type;
            }
            String unit = Math.abs(v.asDouble()) >= MILLIS_FROM ? "epoch milliseconds" : "epoch seconds";
            return type + " (" + unit + (v.isIntegralNumber() ? "" : ", fractional") + ")";
        }
        return ofString(member, v.asText());
    }

    private static String ofString(String member, String s) {
        if (s.startsWith("arn:")) {
            return "ARN " + arnShape(s);
        }
        if (DIGITS.matcher(s).matches()) {
            return "string of digits";
        }
        if (isTime(member)) {
            return isIsoTime(s) ? "string (ISO-8601 time)" : "string";
        }
        if (member.endsWith("Status")) {
            return "string (" + letterCase(s) + ")";
        }
        if (s.startsWith("dax://") || s.startsWith("daxs://")) {
            return "string (" + s.substring(0, s.indexOf(':')) + ":// URL)";
        }
        return "string";
    }

    private static boolean isTime(String member) {
        return member.endsWith("Time") || member.endsWith("Date") || member.endsWith("Timestamp");
    }

    private static boolean isIsoTime(String s) {
        try {
            Instant.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String letterCase(String s) {
        if (s.equals(s.toLowerCase(Locale.ROOT))) {
            return "lowercase";
        }
        return s.equals(s.toUpperCase(Locale.ROOT)) ? "UPPERCASE" : "Mixed case";
    }

    /** {@code arn:aws:dax:us-east-1:123456789012:cache/c1} → {@code arn:aws:dax:<region>:<account>:cache/<name>}. */
    static String arnShape(String arn) {
        String[] p = arn.split(":", 6);
        if (p.length < 6) {
            return "(not arn:partition:service:region:account:resource)";
        }
        String region = p[3].isEmpty() ? "" : "<region>";
        String account = ACCOUNT.matcher(p[4]).matches() ? "<account>" : p[4].isEmpty() ? "" : "<not 12 digits>";
        String resource = p[5];
        int sep = indexOfAny(resource, '/', ':');
        String shape = sep < 0 ? "<name>" : resource.substring(0, sep + 1) + "<name>";
        return String.join(":", p[0], p[1], p[2], region, account, shape);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
