package org.daxkit.reports.analysis;

import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Outcome;

/** What a fault check saw, in a few words: "NodeNotFoundFault, HTTP 400", "success, HTTP 200", "no answer". */
public final class Observed {

    private Observed() {
    }

    /** "" when the check has no fault observation or observed nothing worth saying. */
    public static String describe(CheckResult c) {
        FaultObservation f = c.fault();
        if (f == null) {
            return "";
        }
        if (f.actualCode() == null && f.actualStatus() == null) {
            return c.outcome() == Outcome.FAILED ? "no answer" : "";
        }
        String what;
        if (f.actualCode() != null) {
            what = f.actualCode();
        } else {
            what = f.actualStatus() / 100 == 2 ? "success" : "no error code";
        }
        return f.actualStatus() == null ? what : what + ", HTTP " + f.actualStatus();
    }
}
