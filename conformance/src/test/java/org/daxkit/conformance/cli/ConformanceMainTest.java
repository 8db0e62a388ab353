package org.daxkit.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daxkit.conformance.checks.AllChecks;
import org.daxkit.reports.ResultsJson;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceMainTest {
    @TempDir
    Path dir;

    private CliRun last = new CliRun(0, "", "");

    private int run(String... args) {
        last = CliRun.of(args);
        return last.exitCode();
    }

    private String stdout() {
        return last.stdout();
    }

    private String stderr() {
        return last.stderr();
    }

    @Test
    void helpListsEveryFlagAndTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("--endpoint-url URL", "--report-dir DIR", "--deviations FILE", "--seed N",
                "--tries N", "--region R", "--target-name NAME", "--cluster NAME", "--node ID", "--capabilities LIST",
                "3 target unreachable");
    }

    @Test
    void usageErrorsExitTwoNamingTheFlag() {
        assertThat(run("--tries", "lots")).isEqualTo(2);
        assertThat(stderr()).contains("--tries='lots'");
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(stderr()).contains("--bogus");
    }

    /** A node limit the model's sequences can never fit in would leave the run waiting out its budget. */
    @Test
    void aNodeLimitTooSmallForTheSelectedChecksIsAUsageError() {
        assertThat(run("--max-nodes", "10", "--report-dir", dir.resolve("small").toString())).isEqualTo(2);
        assertThat(stderr()).contains("--max-nodes 10 is too small", "give --max-nodes 11 or more",
                "model.stateful-sequences");

        assertThat(run("--max-nodes", "10", "--checks", "fault.node-not-found", "--tries", "2", "--report-dir",
                dir.resolve("fits").toString())).as(stderr()).isZero();
    }

    @Test
    void aDeviationNamingAnUnknownCheckIsAUsageError() throws IOException {
        Path file = dir.resolve("dev.json");
        Files.writeString(file, "{\"deviations\":[{\"check\":\"no.such.check\",\"expected\":\"FAILED\",\"reason\":\"r\"}]}");

        assertThat(run("--deviations", file.toString(), "--report-dir", dir.resolve("r").toString())).isEqualTo(2);
        assertThat(stderr()).contains("unknown check id 'no.such.check'");
    }

    @Test
    void anUnreachableTargetExitsThreeAndRunsNoCheck() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path reports = dir.resolve("unreachable");

        assertThat(run("--endpoint-url", "http://127.0.0.1:" + port, "--report-dir", reports.toString())).isEqualTo(3);

        assertThat(stderr()).contains("unreachable", "no check was run");
        RunResults results = ResultsJson.read(reports.resolve("results.json"));
        assertThat(results.checks()).isEmpty();
        assertThat(results.summary().passed()).isZero();
    }

    @Test
    void aStaleDeviationFailsTheRun() throws IOException {
        Path file = dir.resolve("stale.json");
        Files.writeString(file, "{\"deviations\":[{\"check\":\"inv.total-nodes\",\"expected\":\"FAILED\","
                + "\"reason\":\"used to be off by one\"}]}");

        int code = run("--checks", "inv.total-nodes", "--tries", "5", "--deviations", file.toString(),
                "--report-dir", dir.resolve("stale").toString());

        assertThat(code).as(stdout()).isEqualTo(1);
        assertThat(stdout()).contains("stale deviation", "FAILED");
    }

    @Test
    void theWholeSuiteAgainstTheEmbeddedReferenceIsConformant() throws IOException {
        Path reports = dir.resolve("reports");

        int code = run("--report-dir", reports.toString(), "--tries", "10", "--seed", "7");

        assertThat(code).as(stdout()).isZero();
        int all = AllChecks.list().size();
        assertThat(stdout()).contains("[ 1/" + all + "] PASSED", "Summary: ", "Result: CONFORMANT", "seed 7",
                "at most 20 clusters and 40 nodes", "Slowest: ");
        RunResults results = ResultsJson.read(reports.resolve("results.json"));
        assertThat(results.checks()).hasSize(all);
        assertThat(results.checks()).noneMatch(r -> r.outcome() == Outcome.FAILED);
        assertThat(results.checks()).filteredOn(r -> r.outcome() != Outcome.PASSED)
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_VERIFIED))
                .extracting(CheckResult::message).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(results.clauses()).isNotEmpty();
        assertThat(results.run().seed()).isEqualTo(7L);
        assertThat(reports.resolve("results.json")).exists();
    }
}
