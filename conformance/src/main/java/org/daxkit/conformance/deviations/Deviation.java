package org.daxkit.conformance.deviations;

import java.time.LocalDate;
import org.daxkit.reports.model.Outcome;

/** A known deviation of a target: this check is expected to end this way, for this reason, until a date. */
public record Deviation(String check, Outcome expected, String reason, String link, LocalDate expires) {

    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    String describe() {
        return "\"" + reason + "\"" + (link == null ? "" : " (" + link + ")");
    }
}
