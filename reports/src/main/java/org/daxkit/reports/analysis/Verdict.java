package org.daxkit.reports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;

/**
 * Is the target conformant? A MUST check that failed, or whose operation is not implemented, makes it
 * not conformant. Conformant needs every MUST check that the target's declared capabilities and the
 * configured inputs allow to have passed (or been excused): a MUST check left NOT_VERIFIED for any other
 * reason (a lost race, the time budget, a setup the kit could not make) makes the run inconclusive, and
 * so does a run that verified nothing. The caveats (SHOULD/MAY failures, unverified checks, excused
 * deviations, unchecked clauses) are spelled out.
 *
 * @param kind     the verdict
 * @param headline "Conformant", "Not conformant" or "Inconclusive"
 * @param reason   one sentence: why, and with which caveats
 */
public record Verdict(Kind kind, String headline, String reason) {

    public enum Kind { CONFORMANT, NOT_CONFORMANT, INCONCLUSIVE }

    public static Verdict of(RunResults results) {
        List<CheckResult> checks = Runs.checks(results);
        Summary s = Runs.summary(results);
        long mustFailed = countMust(checks, Outcome.FAILED);
        long mustNotImplemented = countMust(checks, Outcome.NOT_IMPLEMENTED);
        long mustBroken = mustFailed + mustNotImplemented;
        if (checks.isEmpty()) {
            return new Verdict(Kind.INCONCLUSIVE, "Inconclusive", "No check ran.");
        }
        if (mustBroken > 0) {
            List<String> why = new ArrayList<>();
            if (mustFailed > 0) {
                why.add(plural(mustFailed, "MUST check") + " failed");
            }
            if (mustNotImplemented > 0) {
                why.add(plural(mustNotImplemented, "MUST check") + " found the operation not implemented");
            }
            return new Verdict(Kind.NOT_CONFORMANT, "Not conformant",
                    String.join(", ", why) + caveats(results, s, mustBroken) + ".");
        }
        long mustOpen = checks.stream().filter(c -> Runs.level(c) == Level.MUST && leftOpen(c)).count();
        if (mustOpen > 0) {
            return new Verdict(Kind.INCONCLUSIVE, "Inconclusive", plural(mustOpen, "MUST check")
                    + " could have run on this target but did not reach a verdict (" + openCauses(checks)
                    + ")" + caveats(results, s, 0) + ".");
        }
        if (s.passed() == 0) {
            return new Verdict(Kind.INCONCLUSIVE, "Inconclusive",
                    "No check passed, so nothing was verified" + caveats(results, s, 0) + ".");
        }
        return new Verdict(Kind.CONFORMANT, "Conformant",
                "Every MUST check that ran passed (" + s.passed() + " of " + s.total() + " checks passed)"
                        + caveats(results, s, 0) + ".");
    }

    /** NOT_VERIFIED for a cause within the kit's reach: a race, the budget, setup. */
    private static boolean leftOpen(CheckResult c) {
        return c.outcome() == Outcome.NOT_VERIFIED && (c.cause() == null || !c.cause().outOfScope());
    }

    private static String openCauses(List<CheckResult> checks) {
        return checks.stream().filter(c -> Runs.level(c) == Level.MUST && leftOpen(c))
                .map(c -> c.cause() == null ? NotVerifiedCause.SETUP : c.cause())
                .distinct().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static long countMust(List<CheckResult> checks, Outcome outcome) {
        return checks.stream().filter(c -> c.outcome() == outcome && Runs.level(c) == Level.MUST).count();
    }

    private static String caveats(RunResults results, Summary s, long alreadyCounted) {
        List<String> parts = new ArrayList<>();
        long otherBroken = s.failed() + s.notImplemented() - alreadyCounted;
        if (otherBroken > 0) {
            parts.add(plural(otherBroken, "SHOULD/MAY check") + " failed or not implemented");
        }
        if (s.notVerified() > 0) {
            parts.add(plural(s.notVerified(), "check") + " not verified");
        }
        if (s.excused() > 0) {
            parts.add(plural(s.excused(), "check") + " excused by the deviations file");
        }
        long unchecked = ClauseSections.of(results).stream().filter(ClauseSection::unchecked).count();
        if (unchecked > 0) {
            parts.add(plural(unchecked, "clause") + " unchecked");
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
