package org.daxkit.reports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.RunResults;

/** Groups checks under their clauses, in catalog order; checks citing an unknown clause come last. */
public final class ClauseSections {

    static final String NOT_IN_CATALOG = "(not in the clause catalog)";

    private ClauseSections() {
    }

    public static List<ClauseSection> of(RunResults results) {
        return of(Runs.clauses(results), Runs.checks(results));
    }

    public static List<ClauseSection> of(List<ClauseInfo> catalog, List<CheckResult> checks) {
        Map<String, List<CheckResult>> byClause = new LinkedHashMap<>();
        for (CheckResult c : checks) {
            byClause.computeIfAbsent(Objects.toString(c.clause(), ""), k -> new ArrayList<>()).add(c);
        }
        List<ClauseSection> sections = new ArrayList<>();
        for (ClauseInfo clause : catalog) {
            List<CheckResult> cited = byClause.remove(Objects.toString(clause.id(), ""));
            sections.add(new ClauseSection(clause, true, cited == null ? List.of() : List.copyOf(cited)));
        }
        byClause.forEach((id, cited) -> sections.add(new ClauseSection(
                new ClauseInfo(id, cited.get(0).level(), NOT_IN_CATALOG, List.of()), false, List.copyOf(cited))));
        return sections;
    }
}
