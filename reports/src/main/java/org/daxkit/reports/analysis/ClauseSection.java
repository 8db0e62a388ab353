package org.daxkit.reports.analysis;

import java.util.List;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;

/**
 * One clause with the checks that cite it.
 *
 * @param clause    the clause; for checks citing a clause missing from the catalog, a stand-in
 * @param inCatalog false for such a stand-in
 * @param checks    the checks that cite it, in run order
 */
public record ClauseSection(ClauseInfo clause, boolean inCatalog, List<CheckResult> checks) {

    /** No check cites this clause: the catalog promises something the run did not look at. */
    public boolean unchecked() {
        return checks.isEmpty();
    }

    /** Check ids the catalog lists for this clause that have no result in the run. */
    public List<String> missingChecks() {
        List<String> declared = clause.checks() == null ? List.of() : clause.checks();
        return declared.stream()
                .filter(id -> checks.stream().noneMatch(c -> id.equals(c.id())))
                .toList();
    }
}
