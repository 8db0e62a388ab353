package org.daxkit.conformance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.daxkit.conformance.compare.CompareCommand;
import org.daxkit.conformance.config.Capability;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.config.ConfigKey;
import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.run.ConformanceSession;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.conformance.run.ProgressPrinter;
import org.daxkit.conformance.run.TargetUnreachable;
import org.daxkit.reports.ReportWriter;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.model.TargetInfo;
import software.amazon.awssdk.core.util.VersionInfo;

/**
 * {@code java -jar dax-conformance.jar [flags]}: runs the suite, prints a line per check and a summary,
 * writes the reports. Exit codes: 0 conformant, 1 non-conformant, 2 usage error, 3 target unreachable,
 * 4 inconclusive.
 */
public final class ConformanceMain {
    private ConformanceMain() {
    }

    public static void main(String[] args) {
        // The SDK logs through SLF4J; the CLI ships no provider, and its "no providers" notice is noise here.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(run(args, System.getenv(), System.getProperties(), System.out, System.err));
    }

    /** The whole CLI as a method returning the exit code, for tests. */
    public static int run(String[] args, Map<String, String> env, Properties sysprops, PrintStream out,
                          PrintStream err) {
        if (args.length > 0 && args[0].equals(CleanupCommand.NAME)) {
            return CleanupCommand.run(Arrays.copyOfRange(args, 1, args.length), env, sysprops, out, err);
        }
        if (args.length > 0 && args[0].equals(CompareCommand.NAME)) {
            return CompareCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        ConformanceConfig config;
        try {
            config = ConformanceConfig.parse(args, env, sysprops);
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            err.println("run with --help for usage");
            return ExitCodes.USAGE;
        }
        if (config.help()) {
            out.print(help());
            return ExitCodes.CONFORMANT;
        }
        long start = System.nanoTime();
        try (ConformanceSession session = ConformanceSession.open(config);
             InterruptCleanup onInterrupt = InterruptCleanup.install(session, err)) {
            if (session.costPlan().needsConfirmation()) {
                out.println("  " + session.costPlan().describe() + " (confirmed with --confirm-costs)");
            }
            out.println("DAX RebootNode conformance: " + session.checks().size() + " checks against "
                    + session.target().name() + " at " + session.target().endpoint());
            out.println("  capabilities: " + session.target().capabilities().stream().map(Capability::wireName)
                    .collect(Collectors.joining(", ", "[", "]")) + " (" + session.target().description() + ")");
            out.println("  seed " + session.seed() + " (replay with --seed " + session.seed() + "), up to "
                    + config.tries() + " examples per property (duplicates are skipped; each check says how many ran"
                    + (config.fixedInputs() != null ? "; fixed inputs give one each" : "") + ")");
            out.println("  at most " + config.maxClusters() + " clusters and " + config.maxNodes() + " nodes of the suite's"
                    + " at once (--max-clusters, --max-nodes)");
            out.println("  time budget " + session.budget().limit().toSeconds() + " s (--max-duration); waits: create "
                    + session.target().timing().create().toSeconds() + " s, reboot "
                    + session.target().timing().reboot().toSeconds() + " s, modify "
                    + session.target().timing().modify().toSeconds() + " s, delete "
                    + session.target().timing().delete().toSeconds() + " s");
            if (session.rebootPlan() != null) {
                out.println("  " + session.rebootPlan());
            }
            ProgressPrinter printer = new ProgressPrinter(out);
            session.onLongWaits(printer);
            RunResults results = session.runAll(printer);
            for (String problem : session.cleanupProblems()) {
                err.println("warning: could not delete cluster " + problem);
            }
            printClusters(out, session);
            int code = ExitCodes.of(results);
            printSummary(out, results, (System.nanoTime() - start) / 1_000_000, code);
            session.recording().ifPresent(r -> RecordNotice.print(r, out, err));
            return write(results, config.reportDir(), out, err, code);
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (TargetUnreachable e) {
            err.println("error: " + e.getMessage());
            err.println("no check was run: an unreachable target is never a pass");
            RunResults empty = RunResults.of(new TargetInfo(config.targetName() != null ? config.targetName()
                            : "unreachable", String.valueOf(config.endpointUrl()), e.getMessage()),
                    new RunInfo(Instant.now().toString(), 0, config.seed() == null ? 0 : config.seed(),
                            ConformanceSession.KIT_VERSION, VersionInfo.SDK_VERSION),
                    ClauseCatalog.load().all(), List.of());
            write(empty, config.reportDir(), out, err, ExitCodes.UNREACHABLE);
            return ExitCodes.UNREACHABLE;
        } catch (RuntimeException e) {
            err.println("error: the target could not be started or probed: " + e);
            return ExitCodes.UNREACHABLE;
        }
    }

    private static void printClusters(PrintStream out, ConformanceSession session) {
        var created = session.clustersCreated();
        if (!created.isEmpty()) {
            long accepted = created.stream().filter(c -> c.deletion().equals("accepted")).count();
            out.println("Clusters created: " + created.size() + ", deletion accepted for " + accepted
                    + (accepted == created.size() ? "" : "; not for: " + created.stream()
                    .filter(c -> !c.deletion().equals("accepted")).map(c -> c.name() + " (" + c.deletion() + ")")
                    .collect(Collectors.joining(", "))));
        }
    }

    private static void printSummary(PrintStream out, RunResults results, long millis, int code) {
        Summary s = results.summary();
        out.printf("%nSummary: %d passed, %d failed, %d not verified, %d not implemented, %d excused"
                        + " (%d checks, %.1f s, seed %d)%n", s.passed(), s.failed(), s.notVerified(), s.notImplemented(),
                s.excused(), s.total(), millis / 1000.0, results.run().seed());
        out.println("Slowest: " + Runs.slowest(results, 5).stream().map(c -> c.id() + " " + String.format(Locale.ROOT, "%.1f s",
                c.durationMillis() / 1000.0)).collect(Collectors.joining(", ")));
        Verdict verdict = Verdict.of(results);
        out.println("Result: " + result(code, verdict) + " (" + verdict.reason() + ")");
    }

    /** The console's word for the run: the reports' verdict, and why the exit code is stricter where it is. */
    private static String result(int code, Verdict verdict) {
        if (code == ExitCodes.CONFORMANT) {
            return "CONFORMANT";
        }
        if (code == ExitCodes.INCONCLUSIVE) {
            return "INCONCLUSIVE";
        }
        return verdict.kind() == Verdict.Kind.CONFORMANT
                ? "CONFORMANT at MUST level, but a SHOULD/MAY check FAILED (exit 1, so a CI gate stops here)"
                : "NOT CONFORMANT";
    }

    private static int write(RunResults results, Path dir, PrintStream out, PrintStream err, int code) {
        try {
            List<Path> files = ReportWriter.writeAll(results, dir);
            out.println("Reports written to " + dir.toAbsolutePath() + ": "
                    + files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
            return code;
        } catch (IOException e) {
            err.println("error: cannot write reports to " + dir + ": " + e.getMessage());
            return code == ExitCodes.CONFORMANT ? ExitCodes.NON_CONFORMANT : code;
        }
    }

    static String help() {
        StringBuilder b = new StringBuilder();
        b.append("Usage: java -jar dax-conformance.jar [options]\n");
        b.append("       java -jar dax-conformance.jar cleanup (--endpoint-url URL | --aws --region R) [--yes]\n");
        b.append("       java -jar dax-conformance.jar compare RECORD_A RECORD_B [--report FILE]"
                + "   (two --record directories side by side; compare --help)\n\n");
        b.append("Checks a DAX endpoint's RebootNode (and the calls around it) through the AWS SDK for Java v2.\n");
        b.append("Without --endpoint-url it starts the embedded reference implementation and checks that.\n\n");
        b.append("Options (each also as system property dax.conformance.<name> or env DAX_CONFORMANCE_<NAME>;\n");
        b.append("the endpoint also from AWS_ENDPOINT_URL_DAX; flags win):\n");
        for (ConfigKey k : ConfigKey.values()) {
            String flag = k.flag() + (k.takesValue() ? " " + k.valueName() : "");
            b.append(String.format("  %-28s %s%n", flag, k.help()));
        }
        b.append("\nCapabilities: ").append(Capability.names()).append("\n");
        b.append("cleanup lists the clusters earlier runs left behind (tagged daxkit:created-by=dax-conformance-kit)"
                + " and deletes them with --yes.\n");
        b.append("Exit codes: 0 conformant, 1 non-conformant (a check failed, a deviation is stale or expired,"
                + " or a MUST check found RebootNode not implemented), 2 usage error, 3 target unreachable,\n"
                + "4 inconclusive (nothing failed, but a MUST check the target's capabilities allow was not verified:"
                + " a lost race, the time budget, a setup the kit could not make; or nothing passed).\n");
        return b.toString();
    }
}
