package org.daxkit.conformance.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daxkit.conformance.check.Check;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.Level;

/**
 * The numbered requirements (resource clauses.json): id, level, one sentence, and the checks that verify
 * each. Results carry it, so an unchecked clause stays visible.
 */
public final class ClauseCatalog {
    public static final String RESOURCE = "/org/daxkit/conformance/clauses.json";

    private final Map<String, ClauseInfo> clauses;
    private final Map<String, String> hints;

    public ClauseCatalog(List<ClauseInfo> clauses) {
        this(clauses, Map.of());
    }

    /** @param hints per clause id, "if this fails, check ...": where to look when the clause's check fails */
    public ClauseCatalog(List<ClauseInfo> clauses, Map<String, String> hints) {
        this.hints = Map.copyOf(hints);
        Map<String, ClauseInfo> map = new LinkedHashMap<>();
        for (ClauseInfo c : clauses) {
            if (map.put(c.id(), c) != null) {
                throw new IllegalArgumentException("clause " + c.id() + " is listed twice");
            }
        }
        this.clauses = map;
    }

    public static ClauseCatalog load() {
        try (InputStream in = ClauseCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<ClauseInfo> list = new ArrayList<>();
            for (JsonNode c : root.path("clauses")) {
                List<String> checks = new ArrayList<>();
                c.path("checks").forEach(x -> checks.add(x.asText()));
                list.add(new ClauseInfo(c.path("id").asText(), Level.valueOf(c.path("level").asText()),
                        c.path("text").asText(), List.copyOf(checks)));
            }
            Map<String, String> hints = new LinkedHashMap<>();
            root.path("hints").fields().forEachRemaining(e -> hints.put(e.getKey(), e.getValue().asText()));
            return new ClauseCatalog(list, hints);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<ClauseInfo> all() {
        return List.copyOf(clauses.values());
    }

    public ClauseInfo clause(String id) {
        return clauses.get(id);
    }

    /** "if this fails, check ..." for the clause, or null. */
    public String hint(String clauseId) {
        return hints.get(clauseId);
    }

    /** Everything that keeps catalog and checks from matching one to one; empty when they match. */
    public List<String> problemsWith(List<Check> checks) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Check check : checks) {
            if (!ids.add(check.id())) {
                problems.add("check id " + check.id() + " is used twice");
            }
            ClauseInfo clause = clauses.get(check.clause());
            if (clause == null) {
                problems.add("check " + check.id() + " cites unknown clause " + check.clause());
            } else if (!clause.checks().contains(check.id())) {
                problems.add("clause " + clause.id() + " does not list check " + check.id() + " that cites it");
            }
        }
        for (String id : hints.keySet()) {
            if (!clauses.containsKey(id)) {
                problems.add("a hint names unknown clause " + id);
            }
        }
        for (ClauseInfo clause : clauses.values()) {
            if (clause.checks().isEmpty()) {
                problems.add("clause " + clause.id() + " has no check");
            }
            for (String id : clause.checks()) {
                if (!ids.contains(id)) {
                    problems.add("clause " + clause.id() + " lists unknown check " + id);
                }
            }
            if (clause.text().isBlank()) {
                problems.add("clause " + clause.id() + " has no text");
            }
            if (!hints.isEmpty() && (hints.get(clause.id()) == null || !hints.get(clause.id()).startsWith("if this fails"))) {
                problems.add("clause " + clause.id() + " has no \"if this fails, check ...\" hint");
            }
        }
        return problems;
    }
}
