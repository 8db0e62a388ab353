package org.daxkit.conformance.mutants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.conformance.cli.CliRun;
import org.daxkit.reports.ResultsJson;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.RunResults;

/** Runs the whole CLI, as a CI job would, and keeps what it said: exit code, output, results.json, wall time. */
final class WholeRuns {
    private WholeRuns() {
    }

    /** One finished CLI run. */
    record Run(int exitCode, String stdout, String stderr, RunResults results, long millis) {
        CheckResult check(String id) {
            return results.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no check " + id + " in the run:\n" + stdout));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms\n" + stdout + stderr;
        }
    }

    static Run cli(Path reportDir, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--report-dir", reportDir.toString()));
        long start = System.nanoTime();
        CliRun cli = CliRun.of(all.toArray(String[]::new));
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            return new Run(cli.exitCode(), cli.stdout(), cli.stderr(), ResultsJson.read(reportDir.resolve("results.json")),
                    millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
