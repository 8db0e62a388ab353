package org.daxkit.stubs.bench;

import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives the started peers: first a warm-up of every peer and call (not measured), then {@code rounds} rounds,
 * each giving every peer and call an equal slice of the measured time. Interleaving spreads the noise of a
 * shared machine, and the JIT warming the client as it goes, evenly over the peers instead of favouring the
 * ones measured last.
 */
final class InterleavedRun {
    /** A running peer under the name it was selected by. */
    record StartedPeer(PeerKind kind, Peer peer) {
    }

    private record Key(PeerKind kind, BenchCall call) {
    }

    private final LoadRunner runner;
    private final PrintStream out;
    private final Map<Key, RunTally> warmUps = new LinkedHashMap<>();
    private final Map<Key, RunTally> measured = new LinkedHashMap<>();

    InterleavedRun(LoadRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    void run(List<StartedPeer> peers, BenchOptions options, BenchReport report) throws InterruptedException {
        if (!options.warmUp().isZero()) {
            out.printf("warm-up, %d s per peer and call:", options.warmUp().toSeconds());
            for (StartedPeer started : peers) {
                for (BenchCall call : implemented(started)) {
                    slice(started, call, options.warmUp(), warmUps);
                }
            }
            out.println();
        }
        Duration slice = options.measure().dividedBy(options.rounds());
        for (int round = 1; round <= options.rounds(); round++) {
            out.printf("round %d/%d, %d ms per peer and call:", round, options.rounds(), slice.toMillis());
            for (StartedPeer started : peers) {
                for (BenchCall call : implemented(started)) {
                    slice(started, call, slice, measured);
                }
            }
            out.println();
        }
        for (StartedPeer started : peers) {
            for (BenchCall call : BenchCall.values()) {
                Key key = new Key(started.kind(), call);
                if (!started.peer().implementsCall(call)) {
                    report.notImplemented(started.kind(), call);
                } else {
                    report.measured(started.kind(), measured.get(key).toMeasurement(call),
                            warmUps.getOrDefault(key, new RunTally()).errors());
                }
            }
        }
    }

    private static List<BenchCall> implemented(StartedPeer started) {
        return List.of(BenchCall.values()).stream().filter(started.peer()::implementsCall).toList();
    }

    private void slice(StartedPeer started, BenchCall call, Duration duration, Map<Key, RunTally> tallies)
            throws InterruptedException {
        Peer peer = started.peer();
        RunTally tally = tallies.computeIfAbsent(new Key(started.kind(), call), key -> new RunTally());
        HttpRequest request = DaxWire.request(peer.endpoint(), call);
        peer.beforeRun(call);
        double perSecond;
        try {
            perSecond = runner.run(request, duration, tally);
        } finally {
            peer.afterRun(call);
        }
        out.printf(Locale.ROOT, " %s/%s %.0f/s", started.kind().label(), shortName(call), perSecond);
    }

    private static String shortName(BenchCall call) {
        return call == BenchCall.DESCRIBE_CLUSTERS ? "DC" : "RN";
    }
}
