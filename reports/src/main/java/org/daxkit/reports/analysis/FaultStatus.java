package org.daxkit.reports.analysis;

import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Outcome;

/** What the checks found about one listed fault. Declared worst first: a ledger shows the worst. */
public enum FaultStatus {
    WRONG_CODE("wrong code"),
    WRONG_STATUS("wrong status"),
    CORRECT("triggered and correct"),
    NOT_IMPLEMENTED("not implemented"),
    NOT_VERIFIABLE("not verifiable"),
    NOT_CHECKED("not checked");

    private final String label;

    FaultStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS class for this status. */
    public String cssClass() {
        return "f-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The status one check shows. A failed (or excused) check that saw the expected code must have
     * objected to the HTTP status; one that saw another code, a success or no answer, to the code.
     */
    public static FaultStatus of(CheckResult c) {
        FaultObservation f = c.fault();
        return switch (c.outcome()) {
            case PASSED -> CORRECT;
            case NOT_VERIFIED -> NOT_VERIFIABLE;
            case NOT_IMPLEMENTED -> NOT_IMPLEMENTED;
            case FAILED, EXCUSED -> {
                boolean observedNothing = f.actualCode() == null && f.actualStatus() == null;
                if (observedNothing && c.outcome() == Outcome.EXCUSED) {
                    yield NOT_VERIFIABLE; // excused without having run
                }
                yield f.expectedCode() != null && f.expectedCode().equals(f.actualCode()) ? WRONG_STATUS : WRONG_CODE;
            }
        };
    }
}
