package org.daxkit.conformance.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.reports.model.Outcome;

/**
 * Reads a deviations file:
 * <pre>{"deviations": [{"check": "fault.node-not-found", "expected": "FAILED", "reason": "...",
 *   "link": "https://...", "expires": "2026-06-30"}]}</pre>
 * Anything wrong in it (unknown check id, bad outcome or date, missing reason) is a usage error naming the
 * file and the entry.
 */
public final class DeviationsFile {
    private static final Set<Outcome> EXPECTABLE = Set.of(Outcome.FAILED, Outcome.NOT_IMPLEMENTED, Outcome.NOT_VERIFIED);

    private DeviationsFile() {
    }

    public static List<Deviation> read(Path file, Set<String> knownChecks) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("--deviations " + file + ": cannot read it as JSON: " + e.getMessage());
        }
        JsonNode entries = root == null ? null : root.get("deviations");
        if (entries == null || !entries.isArray()) {
            throw new ConfigException("--deviations " + file + ": expected {\"deviations\": [ ... ]}");
        }
        List<Deviation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Deviation d = entry(file, i, entries.get(i), knownChecks);
            if (!seen.add(d.check())) {
                throw new ConfigException(where(file, i) + "check " + d.check() + " is listed twice");
            }
            out.add(d);
        }
        return out;
    }

    private static Deviation entry(Path file, int i, JsonNode n, Set<String> knownChecks) {
        String check = text(n, "check");
        if (check == null) {
            throw new ConfigException(where(file, i) + "\"check\" is missing");
        }
        if (!knownChecks.contains(check)) {
            throw new ConfigException(where(file, i) + "unknown check id '" + check + "'");
        }
        String expectedText = text(n, "expected");
        Outcome expected;
        try {
            expected = expectedText == null ? null : Outcome.valueOf(expectedText);
        } catch (IllegalArgumentException e) {
            expected = null;
        }
        if (expected == null || !EXPECTABLE.contains(expected)) {
            throw new ConfigException(where(file, i) + "\"expected\"='" + expectedText + "' must be one of "
                    + EXPECTABLE);
        }
        String reason = text(n, "reason");
        if (reason == null || reason.isBlank()) {
            throw new ConfigException(where(file, i) + "\"reason\" is missing for " + check);
        }
        LocalDate expires = null;
        String expiresText = text(n, "expires");
        if (expiresText != null) {
            try {
                expires = LocalDate.parse(expiresText);
            } catch (DateTimeParseException e) {
                throw new ConfigException(where(file, i) + "\"expires\"='" + expiresText
                        + "' is not an ISO date such as 2026-06-30");
            }
        }
        return new Deviation(check, expected, reason, text(n, "link"), expires);
    }

    private static String where(Path file, int i) {
        return "--deviations " + file + ", entry " + (i + 1) + ": ";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
