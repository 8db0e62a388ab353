package org.daxkit.reports.model;

import java.util.List;

/**
 * Everything one run of the suite found: the content of results.json.
 *
 * @param schemaVersion version of this JSON shape ("1")
 * @param target        what was checked
 * @param run           when and how
 * @param clauses       the clause catalog the checks cite
 * @param checks        one entry per check, in run order
 * @param summary       counts of outcomes, computed from checks
 */
public record RunResults(
        String schemaVersion,
        TargetInfo target,
        RunInfo run,
        List<ClauseInfo> clauses,
        List<CheckResult> checks,
        Summary summary) {

    public static final String SCHEMA_VERSION = "1";

    public static RunResults of(TargetInfo target, RunInfo run, List<ClauseInfo> clauses, List<CheckResult> checks) {
        return new RunResults(SCHEMA_VERSION, target, run, List.copyOf(clauses), List.copyOf(checks), Summary.of(checks));
    }
}
