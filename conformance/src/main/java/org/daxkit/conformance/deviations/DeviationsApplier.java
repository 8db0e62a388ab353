package org.daxkit.conformance.deviations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;

/**
 * Applies deviations to results. A listed check that ended as expected becomes EXCUSED; one that now
 * passes is a stale entry, and an expired entry is no excuse: both turn the result FAILED, with a message
 * saying what to change in the file, so the run fails and the reports say why.
 */
public final class DeviationsApplier {
    private DeviationsApplier() {
    }

    public static CheckResult apply(CheckResult r, Map<String, Deviation> byCheck, LocalDate today) {
        Deviation d = byCheck.get(r.id());
        if (d == null) {
            return r;
        }
        if (d.expiredOn(today)) {
            return r.withOutcome(Outcome.FAILED, "[" + r.clause() + "] the deviation for " + r.id() + " expired on "
                    + d.expires() + " (" + d.describe() + "): fix the target or renew the entry. The check ended "
                    + r.outcome() + (r.message() == null ? "" : ": " + r.message()));
        }
        if (r.outcome() == Outcome.PASSED) {
            return r.withOutcome(Outcome.FAILED, "[" + r.clause() + "] stale deviation: " + r.id() + " now passes,"
                    + " but the deviations file expects " + d.expected() + " (" + d.describe()
                    + "): remove the entry");
        }
        if (r.outcome() == d.expected()) {
            return r.withOutcome(Outcome.EXCUSED, "excused (expected " + d.expected() + "): " + d.describe()
                    + (r.message() == null ? "" : "; the check said: " + r.message()));
        }
        return r.withOutcome(r.outcome(), (r.message() == null ? "" : r.message() + "\n  ")
                + "(the deviations file expects " + d.expected() + " for this check, not " + r.outcome() + ")");
    }

    public static List<CheckResult> applyAll(List<CheckResult> results, List<Deviation> deviations, LocalDate today) {
        Map<String, Deviation> byCheck = deviations.stream()
                .collect(Collectors.toMap(Deviation::check, Function.identity()));
        List<CheckResult> out = new ArrayList<>();
        for (CheckResult r : results) {
            out.add(apply(r, byCheck, today));
        }
        return out;
    }
}
