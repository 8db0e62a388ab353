package org.daxkit.reports.analysis;

import java.util.Comparator;
import java.util.List;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.ClauseInfo;
import org.daxkit.reports.model.CreatedCluster;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.model.TargetInfo;

/**
 * Null-tolerant access to a RunResults. Results may come from an older or hand-edited results.json,
 * and a report that crashes on a missing member helps nobody.
 */
public final class Runs {

    private static final TargetInfo NO_TARGET = new TargetInfo(null, null, null);
    private static final RunInfo NO_RUN = new RunInfo(null, 0, 0, null, null);

    private Runs() {
    }

    public static List<CheckResult> checks(RunResults r) {
        return r.checks() == null ? List.of() : r.checks();
    }

    /** The {@code n} checks that took longest, longest first. */
    public static List<CheckResult> slowest(RunResults r, int n) {
        return checks(r).stream().sorted(Comparator.comparingLong(CheckResult::durationMillis).reversed()).limit(n)
                .toList();
    }

    public static List<ClauseInfo> clauses(RunResults r) {
        return r.clauses() == null ? List.of() : r.clauses();
    }

    public static List<CreatedCluster> clusters(RunResults r) {
        return r.clusters() == null ? List.of() : r.clusters();
    }

    public static TargetInfo target(RunResults r) {
        return r.target() == null ? NO_TARGET : r.target();
    }

    public static RunInfo run(RunResults r) {
        return r.run() == null ? NO_RUN : r.run();
    }

    /** Counted from the checks, the source of truth, rather than trusting the stored summary. */
    public static Summary summary(RunResults r) {
        return Summary.of(checks(r));
    }

    /** The seed that replays this check: its reproducer's, else the run's. */
    public static long seed(RunResults r, CheckResult c) {
        return c.reproducer() != null && c.reproducer().seed() != null ? c.reproducer().seed() : run(r).seed();
    }

    /** A check's level; a check that names none is held to MUST, the strictest reading. */
    public static Level level(CheckResult c) {
        return c.level() == null ? Level.MUST : c.level();
    }

    /** The target's name, or a stand-in so columns and titles never read "null". */
    public static String targetName(RunResults r, String fallback) {
        String name = target(r).name();
        return name == null || name.isBlank() ? fallback : name;
    }
}
