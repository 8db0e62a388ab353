package org.daxkit.stubs.bench;

import java.util.ArrayList;
import java.util.List;

/** Adds up the runs (slices) of one peer and call: requests, time under load, latencies, wrong answers. */
final class RunTally {
    private final ErrorLog errors = new ErrorLog();
    private final List<LatencySamples> samples = new ArrayList<>();
    private long requests;
    private long elapsedNanos;

    /** Shared by the client threads of a run: they record wrong answers as they come. */
    ErrorLog errors() {
        return errors;
    }

    /** Called by the runner once a run's threads have ended. */
    void addRun(long runRequests, long runElapsedNanos, List<LatencySamples> runSamples) {
        requests += runRequests;
        elapsedNanos += runElapsedNanos;
        samples.addAll(runSamples);
    }

    Measurement toMeasurement(BenchCall call) {
        long[] sorted = LatencySamples.sortedUnion(samples);
        return new Measurement(call, requests, sorted.length, elapsedNanos,
                LatencySamples.percentileMillis(sorted, 50), LatencySamples.percentileMillis(sorted, 99), errors);
    }
}
