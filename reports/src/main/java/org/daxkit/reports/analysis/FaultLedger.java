package org.daxkit.reports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;

/**
 * The listed RebootNode faults, each with what the checks that target it found. Built only from
 * checks whose {@code fault} is set; the six listed faults always appear, others the checks name follow.
 */
public final class FaultLedger {

    public static final List<String> REBOOT_NODE_FAULTS = List.of(
            "ClusterNotFoundFault",
            "NodeNotFoundFault",
            "InvalidClusterStateFault",
            "ServiceLinkedRoleNotFoundFault",
            "InvalidParameterValueException",
            "InvalidParameterCombinationException");

    /**
     * One fault's line in the ledger.
     *
     * @param fault   the wire error code
     * @param status  the worst status among its checks (NOT_CHECKED when none)
     * @param decisive the check that decided the status, or null when none
     * @param checks  every check about this fault, in run order
     */
    public record Entry(String fault, FaultStatus status, CheckResult decisive, List<CheckResult> checks) {

        /** The deciding check was excused by the deviations file. */
        public boolean excused() {
            return decisive != null && decisive.outcome() == Outcome.EXCUSED;
        }

        /** What the deciding check saw, e.g. "NodeNotFoundFault, HTTP 400"; "" when nothing. */
        public String observed() {
            return decisive == null ? "" : Observed.describe(decisive);
        }
    }

    private FaultLedger() {
    }

    public static List<Entry> of(RunResults results) {
        Map<String, List<CheckResult>> byFault = new LinkedHashMap<>();
        REBOOT_NODE_FAULTS.forEach(f -> byFault.put(f, new ArrayList<>()));
        for (CheckResult c : Runs.checks(results)) {
            if (c.fault() != null && c.fault().expectedCode() != null) {
                byFault.computeIfAbsent(c.fault().expectedCode(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Entry> entries = new ArrayList<>();
        byFault.forEach((fault, checks) -> entries.add(entry(fault, checks)));
        return entries;
    }

    private static Entry entry(String fault, List<CheckResult> checks) {
        CheckResult decisive = checks.stream()
                .min(Comparator.comparing(FaultStatus::of))
                .orElse(null);
        FaultStatus status = decisive == null ? FaultStatus.NOT_CHECKED : FaultStatus.of(decisive);
        return new Entry(fault, status, decisive, List.copyOf(checks));
    }
}
