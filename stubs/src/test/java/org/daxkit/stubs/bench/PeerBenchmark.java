package org.daxkit.stubs.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures, side by side on loopback, DescribeClusters and RebootNode against the reference, the recorded
 * WireMock stubs, moto_server and a no-op JDK HTTP server, with one HTTP client, and prints throughput,
 * latency percentiles, errors and the reference's throughput ratios against the goals. A command, not a
 * test: run it with
 * {@code mvn -B -q -pl stubs -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.daxkit.stubs.bench.PeerBenchmark} (see stubs/README.md, "Benchmark").
 * Exit code 0, or 1 if a peer could not be started, 2 for a usage error.
 */
public final class PeerBenchmark {

    private PeerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(System.out, System.err, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(PrintStream out, PrintStream err, String... args) throws InterruptedException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(BenchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.print(BenchOptions.USAGE);
            return 0;
        }
        // The JDK server waits ~40 ms per answer on delayed ACKs without it (see reference-impl/README.md);
        // the reference sets it too, but the floor may start first.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        printHeader(out, options);
        DaxWire wire = new DaxWire();
        BenchReport report = new BenchReport();
        List<InterleavedRun.StartedPeer> peers = new ArrayList<>();
        try {
            for (PeerKind kind : options.peers()) {
                start(kind, wire, out, report).ifPresent(peer -> peers.add(new InterleavedRun.StartedPeer(kind, peer)));
            }
            new InterleavedRun(new LoadRunner(wire, options.concurrency(), options.maxRequests()), out)
                    .run(peers, options, report);
        } finally {
            peers.forEach(started -> started.peer().close());
        }
        out.println();
        report.print(out);
        out.println();
        Goals.print(report, out);
        return report.anyStartFailure() ? 1 : 0;
    }

    private static Optional<Peer> start(PeerKind kind, DaxWire wire, PrintStream out, BenchReport report)
            throws InterruptedException {
        try {
            Peer peer = kind.start(wire);
            out.printf("%-9s %s%n", kind.label() + ":", peer.describe());
            return Optional.of(peer);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            out.printf("%-9s could not start: %s%n", kind.label() + ":", e);
            report.couldNotStart(kind, e);
            return Optional.empty();
        }
    }

    private static void printHeader(PrintStream out, BenchOptions options) {
        Runtime runtime = Runtime.getRuntime();
        out.printf("DAX peer benchmark, %s%n", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        // The load average says how much else ran on the machine: figures from a busy machine are noisier.
        out.printf(Locale.ROOT, "machine: %d CPUs, load average %.2f, %s %s, Java %s (%s), max heap %d MiB%n",
                runtime.availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), runtime.maxMemory() / (1024 * 1024));
        out.printf("client: JDK HttpClient, HTTP/1.1 keep-alive, %d threads, closed loop; per peer and call: "
                        + "%d s warm-up, then %d s measured in %d rounds (peers take turns)%n",
                options.concurrency(), options.warmUp().toSeconds(), options.measure().toSeconds(), options.rounds());
        out.println();
    }
}
