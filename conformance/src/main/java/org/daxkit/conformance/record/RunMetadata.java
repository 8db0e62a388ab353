package org.daxkit.conformance.record;

import java.time.Instant;
import java.util.List;

/** What run.json says about the run a record comes from. */
public record RunMetadata(
        String targetName,
        String endpoint,
        String region,
        long seed,
        int tries,
        List<String> checks,
        String kitVersion,
        String sdkVersion,
        Instant startedAt) {

    public RunMetadata {
        checks = List.copyOf(checks);
    }
}
