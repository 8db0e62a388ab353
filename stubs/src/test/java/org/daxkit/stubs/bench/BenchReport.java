package org.daxkit.stubs.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The results of a run, printed as a table, what went wrong per row, and the peers that did not start. */
final class BenchReport {
    private record Row(PeerKind peer, BenchCall call, Measurement measured, ErrorLog warmUpErrors) {
        boolean implemented() {
            return measured != null;
        }

        boolean flagged() {
            return implemented() && (measured.flagged() || warmUpErrors.wrongAnswers() > 0);
        }

        boolean anyError() {
            return implemented() && (measured.errors().total() > 0 || warmUpErrors.total() > 0);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> startFailures = new ArrayList<>();

    void measured(PeerKind peer, Measurement measured, ErrorLog warmUpErrors) {
        rows.add(new Row(peer, measured.call(), measured, warmUpErrors));
    }

    void notImplemented(PeerKind peer, BenchCall call) {
        rows.add(new Row(peer, call, null, new ErrorLog()));
    }

    void couldNotStart(PeerKind peer, Exception cause) {
        startFailures.add(peer.label() + ": " + cause);
    }

    boolean anyStartFailure() {
        return !startFailures.isEmpty();
    }

    /** The measurement of a peer and call, if it ran and is not flagged. */
    Optional<Measurement> valid(PeerKind peer, BenchCall call) {
        return row(peer, call).filter(row -> row.implemented() && !row.flagged()).map(Row::measured);
    }

    boolean flagged(PeerKind peer, BenchCall call) {
        return row(peer, call).map(Row::flagged).orElse(false);
    }

    boolean isNotImplemented(PeerKind peer, BenchCall call) {
        return row(peer, call).map(row -> !row.implemented()).orElse(false);
    }

    /** Transport failures of a valid measurement (tolerated, but worth a note next to a verdict). */
    long transportFailures(PeerKind peer, BenchCall call) {
        return valid(peer, call).map(m -> m.errors().transportFailures()).orElse(0L);
    }

    private Optional<Row> row(PeerKind peer, BenchCall call) {
        return rows.stream().filter(row -> row.peer == peer && row.call == call).findFirst();
    }

    void print(PrintStream out) {
        out.printf("%-10s %-17s %9s %9s %8s %8s %6s %8s%n", "peer", "call", "requests", "req/s", "p50 ms", "p99 ms",
                "wrong", "io-fail");
        for (Row row : rows) {
            if (!row.implemented()) {
                out.printf("%-10s %-17s %s%n", row.peer.label(), row.call.operation(), "n/a (not implemented)");
                continue;
            }
            Measurement m = row.measured;
            out.printf(Locale.ROOT, "%-10s %-17s %9d %9.0f %8.3f %8.3f %6d %8d%s%n", row.peer.label(),
                    row.call.operation(), m.requests(), m.throughput(), m.p50Millis(), m.p99Millis(),
                    m.errors().wrongAnswers(), m.errors().transportFailures(), row.flagged() ? "  FLAGGED" : "");
        }
        for (Row row : rows) {
            if (row.anyError()) {
                out.printf("%n%s %s %s:%n", row.flagged() ? "FLAGGED (figures not valid)" : "errors (tolerated)",
                        row.peer.label(), row.call.operation());
                printKinds(out, "measured", row.measured.errors());
                printKinds(out, "warm-up", row.warmUpErrors);
            }
        }
        out.printf("%nwrong = answers other than HTTP %d naming %s; io-fail = no answer (an exception). A row is"
                        + " FLAGGED for any wrong answer,%nor more io-fail than %d and %.1f%% of its requests"
                        + " (the JDK client fails about 1 in 200 000 requests by itself).%n",
                BenchCall.EXPECTED_STATUS, BenchCall.EXPECTED_FRAGMENT,
                Measurement.TOLERATED_TRANSPORT_FAILURE_COUNT, Measurement.TOLERATED_TRANSPORT_FAILURES * 100);
        for (String failure : startFailures) {
            out.printf("%nCOULD NOT START %s%n", failure);
        }
    }

    private static void printKinds(PrintStream out, String phase, ErrorLog errors) {
        for (Map.Entry<String, Long> kind : errors.kinds().entrySet()) {
            out.printf("  %-8s %8d x %s%n", phase, kind.getValue(), kind.getKey());
        }
    }
}
