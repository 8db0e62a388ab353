package org.daxkit.conformance.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed parsing of raw configuration values; each error names where the value came from and the value. */
final class ConfigValues {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private ConfigValues() {
    }

    static String text(RawValue raw) {
        if (raw == null) {
            return null;
        }
        if (raw.value().isBlank()) {
            throw raw.bad("must not be empty");
        }
        return raw.value().trim();
    }

    static URI uri(RawValue raw) {
        if (raw == null) {
            return null;
        }
        try {
            URI uri = URI.create(raw.value().trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw raw.bad("must be an absolute http:// or https:// URL such as http://127.0.0.1:8700");
            }
            String s = uri.toString();
            return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        } catch (IllegalArgumentException e) {
            throw raw.bad("not a URL: " + e.getMessage());
        }
    }

    static Path path(RawValue raw) {
        return Path.of(text(raw));
    }

    static long seed(RawValue raw) {
        try {
            return Long.parseLong(raw.value().trim());
        } catch (NumberFormatException e) {
            throw raw.bad("must be a whole number (64-bit)");
        }
    }

    static int positive(RawValue raw) {
        int n = integer(raw);
        if (n < 1) {
            throw raw.bad("must be at least 1");
        }
        return n;
    }

    static int nonNegative(RawValue raw) {
        int n = integer(raw);
        if (n < 0) {
            throw raw.bad("must not be negative");
        }
        return n;
    }

    static int integer(RawValue raw) {
        try {
            return Integer.parseInt(raw.value().trim());
        } catch (NumberFormatException e) {
            throw raw.bad("must be a whole number");
        }
    }

    static String region(RawValue raw) {
        String r = text(raw);
        if (!REGION.matcher(r).matches()) {
            throw raw.bad("not an AWS region name such as us-east-1");
        }
        return r;
    }

    static Duration duration(RawValue raw) {
        if (raw == null) {
            return null;
        }
        try {
            Duration d = DurationParser.parse(raw.value());
            if (d.isNegative() || d.isZero()) {
                throw raw.bad("must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw raw.bad(e.getMessage());
        }
    }

    static Set<Capability> capabilities(RawValue raw) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        String v = raw.value().trim();
        if (v.isEmpty() || v.equalsIgnoreCase("none")) {
            return set;
        }
        for (String part : v.split(",")) {
            Capability c = Capability.parse(part.trim());
            if (c == null) {
                throw raw.bad("unknown capability '" + part.trim() + "'; known: " + Capability.names());
            }
            set.add(c);
        }
        return set;
    }

    static List<String> list(RawValue raw) {
        List<String> out = new ArrayList<>();
        for (String part : raw.value().split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
