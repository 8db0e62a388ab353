package org.daxkit.reports.text;

import java.util.Locale;
import java.util.Set;

/** Which recorded request headers a report may show or replay. */
public final class RequestHeaders {

    /** Credentials and signatures: never printed in a report that may be published as a CI artifact. */
    private static final Set<String> SECRET = Set.of("authorization", "x-amz-security-token");

    /** Headers curl computes itself, or that a stale signature made: replaying them would break the call. */
    private static final Set<String> NOT_REPLAYED = Set.of("host", "content-length", "transfer-encoding",
            "connection", "expect", "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");

    private RequestHeaders() {
    }

    public static boolean isSecret(String name) {
        return name != null && SECRET.contains(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isReplayed(String name) {
        return name != null && !NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The value to display: secrets are replaced by a note. */
    public static String displayValue(String name, String value) {
        return isSecret(name) ? "(omitted from the report)" : value;
    }
}
