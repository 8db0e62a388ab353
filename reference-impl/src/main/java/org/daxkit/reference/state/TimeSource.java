package org.daxkit.reference.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Server time: an injectable clock plus an offset that the control API can only move forward. */
public final class TimeSource {
    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();

    public TimeSource(Clock base) {
        this.base = base;
    }

    public Instant now() {
        return base.instant().plusMillis(offsetMillis.get());
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, got " + by);
        }
        offsetMillis.addAndGet(by.toMillis());
    }
}
