package org.daxkit.stubs.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The throughput goals, per call: the reference within 1.5x of the no-op floor (ratio at least 0.67) and at
 * least 10x moto. Informational: a MISS does not change the exit code.
 */
final class Goals {
    static final double FLOOR_RATIO_GOAL = 0.67;
    static final double MOTO_RATIO_GOAL = 10.0;

    private Goals() {
    }

    static void print(BenchReport report, PrintStream out) {
        out.printf("%-17s %-20s %8s  %-12s %s%n", "call", "ratio (throughput)", "value", "goal", "verdict");
        for (BenchCall call : BenchCall.values()) {
            line(report, out, call, PeerKind.NOOP, FLOOR_RATIO_GOAL);
            line(report, out, call, PeerKind.MOTO, MOTO_RATIO_GOAL);
            line(report, out, call, PeerKind.WIREMOCK, Double.NaN);
        }
    }

    private static void line(BenchReport report, PrintStream out, BenchCall call, PeerKind other, double goal) {
        String name = "reference/" + other.label();
        String goalText = Double.isNaN(goal) ? "(none)" : String.format(Locale.ROOT, ">= %s", trim(goal));
        Optional<String> missing = whyNoRatio(report, call, other);
        if (missing.isPresent()) {
            out.printf("%-17s %-20s %8s  %-12s %s%n", call.operation(), name, "-", goalText, missing.get());
            return;
        }
        double ratio = report.valid(PeerKind.REFERENCE, call).orElseThrow().throughput()
                / report.valid(other, call).orElseThrow().throughput();
        String verdict = Double.isNaN(goal) ? "informational" : ratio >= goal ? "PASS" : "MISS";
        long ioFailures = report.transportFailures(PeerKind.REFERENCE, call) + report.transportFailures(other, call);
        if (ioFailures > 0) {
            verdict += " (" + ioFailures + " tolerated io-fail)";
        }
        out.printf(Locale.ROOT, "%-17s %-20s %8.2f  %-12s %s%n", call.operation(), name, ratio, goalText, verdict);
    }

    private static Optional<String> whyNoRatio(BenchReport report, BenchCall call, PeerKind other) {
        for (PeerKind peer : new PeerKind[] {PeerKind.REFERENCE, other}) {
            if (report.flagged(peer, call)) {
                return Optional.of("INVALID (" + peer.label() + " returned errors)");
            }
        }
        for (PeerKind peer : new PeerKind[] {PeerKind.REFERENCE, other}) {
            if (report.valid(peer, call).isEmpty()) {
                return Optional.of(report.isNotImplemented(peer, call)
                        ? "n/a (" + peer.label() + " does not implement " + call.operation() + ")"
                        : "n/a (" + peer.label() + " not measured)");
            }
        }
        if (report.valid(other, call).orElseThrow().throughput() == 0) {
            return Optional.of("n/a (" + other.label() + " answered nothing)");
        }
        return Optional.empty();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
