package org.daxkit.reports.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daxkit.reports.analysis.ClauseSection;
import org.daxkit.reports.analysis.ClauseSections;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;

/**
 * Several runs side by side: one column per target, one row per check id, rows grouped by clause.
 * A check one target did not run has a null cell, shown as absent.
 *
 * @param targets  column names (TargetInfo.name, made unique)
 * @param totals   outcome counts per target
 * @param verdicts verdict per target
 * @param groups   clauses in catalog order, each with its rows
 */
public record Matrix(List<String> targets, List<Summary> totals, List<Verdict> verdicts, List<Group> groups) {

    /** One clause and the checks citing it in any run; no rows when no run checked it. */
    public record Group(ClauseInfo clause, List<Row> rows) {
    }

    /** One check id across targets; {@code cells.get(i)} is target i's result, or null when absent. */
    public record Row(String checkId, String title, Level level, List<CheckResult> cells) {
    }

    public static Matrix of(List<RunResults> runs) {
        Map<String, ClauseInfo> catalog = new LinkedHashMap<>();
        Map<String, CheckResult> firstSeen = new LinkedHashMap<>();
        List<Map<String, CheckResult>> byTarget = new ArrayList<>();
        for (RunResults run : runs) {
            Runs.clauses(run).forEach(c -> catalog.putIfAbsent(c.id(), c));
            Map<String, CheckResult> checks = new HashMap<>();
            for (CheckResult c : Runs.checks(run)) {
                firstSeen.putIfAbsent(c.id(), c);
                checks.putIfAbsent(c.id(), c);
            }
            byTarget.add(checks);
        }
        List<Group> groups = new ArrayList<>();
        for (ClauseSection section : ClauseSections.of(List.copyOf(catalog.values()), List.copyOf(firstSeen.values()))) {
            List<Row> rows = section.checks().stream().map(c -> row(c, byTarget)).toList();
            groups.add(new Group(section.clause(), rows));
        }
        return new Matrix(targetNames(runs), runs.stream().map(Runs::summary).toList(),
                runs.stream().map(Verdict::of).toList(), groups);
    }

    private static Row row(CheckResult representative, List<Map<String, CheckResult>> byTarget) {
        List<CheckResult> cells = new ArrayList<>(); // ArrayList: absent cells are null
        byTarget.forEach(checks -> cells.add(checks.get(representative.id())));
        return new Row(representative.id(), representative.title(), Runs.level(representative),
                Collections.unmodifiableList(cells));
    }

    /** Names as given; an unnamed target is "target N", a repeated name gets " (2)", " (3)", ... */
    private static List<String> targetNames(List<RunResults> runs) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            String base = Runs.targetName(runs.get(i), "target " + (i + 1));
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return names;
    }
}
