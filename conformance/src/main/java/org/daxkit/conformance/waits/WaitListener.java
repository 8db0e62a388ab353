package org.daxkit.conformance.waits;

import java.time.Duration;

/** Hears, every ten seconds or so, that a wait is still going on: what it waits for, elapsed and limit. */
@FunctionalInterface
public interface WaitListener {
    void stillWaiting(String what, Duration elapsed, Duration limit);

    WaitListener SILENT = (what, elapsed, limit) -> { };
}
