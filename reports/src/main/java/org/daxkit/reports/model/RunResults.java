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
 * @param clusters      the clusters the run created and whether their deletion was accepted (may be empty)
 */
public record RunResults(
        String schemaVersion,
        TargetInfo target,
        RunInfo run,
        List<ClauseInfo> clauses,
        List<CheckResult> checks,
        Summary summary,
        List<CreatedCluster> clusters) {

    public static final String SCHEMA_VERSION = "1";

    public static RunResults of(TargetInfo target, RunInfo run, List<ClauseInfo> clauses, List<CheckResult> checks) {
        return of(target, run, clauses, checks, List.of());
    }

    public static RunResults of(TargetInfo target, RunInfo run, List<ClauseInfo> clauses, List<CheckResult> checks,
                                List<CreatedCluster> clusters) {
        return new RunResults(SCHEMA_VERSION, target, run, List.copyOf(clauses), List.copyOf(checks), Summary.of(checks),
                List.copyOf(clusters));
    }
}
