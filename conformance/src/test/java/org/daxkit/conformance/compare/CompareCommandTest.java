package org.daxkit.conformance.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.daxkit.conformance.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user meets it, through the jar's main entry point. */
class CompareCommandTest {
    @TempDir
    Path dir;

    private CliRun last = new CliRun(0, "", "");
    private Path recordA;
    private Path recordB;

    @BeforeEach
    void records() {
        recordA = dir.resolve("a");
        recordB = dir.resolve("b");
        new HandMadeRecord(recordA, "reference").add("setup", "DescribeClusters", "{}", 200, HandMadeRecord.awsJson(),
                "{\"Clusters\":[]}", 0, 5).finish();
        new HandMadeRecord(recordB, "mock").add("setup", "DescribeClusters", "{}", 200,
                Map.of("Content-Type", "text/html"), "{\"Clusters\":[],\"NextToken\":null}", 0, 5).finish();
    }

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
    void differencesAreReportedAsTextAndMarkdownAndExitZero() throws IOException {
        Path report = dir.resolve("compare.md");

        assertThat(run("compare", recordA.toString(), recordB.toString(), "--report", report.toString())).isZero();

        assertThat(stdout()).contains("A: reference at http://127.0.0.1:1", "B: mock at",
                "== Members present in responses ==", "only in B  DescribeClusters 200  NextToken",
                "differs    DescribeClusters 200  Content-Type", "Summary: 1 only in A, 1 only in B, 1 differ");
        assertThat(stderr()).isEmpty();
        String md = Files.readString(report);
        assertThat(md).startsWith("# Calibration records compared")
                .contains("## Response headers", "| differs | `DescribeClusters 200  Content-Type` |"
                        + " application/x-amz-json-1.1 | text/html |",
                        "| only in B | `DescribeClusters 200  NextToken` |");
    }

    @Test
    void aMissingRecordIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("no-such-record");

        assertThat(run("compare", recordA.toString(), missing.toString())).isEqualTo(2);

        assertThat(stderr()).contains("RECORD_B " + missing + ": no such directory");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aDirectoryWithoutRunJsonOrWithABrokenFileIsAUsageErrorNamingIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("compare", empty.toString(), recordB.toString())).isEqualTo(2);
        assertThat(stderr()).contains("RECORD_A " + empty + ": has no run.json");
        Path broken = Files.writeString(recordB.resolve("0002-RebootNode.json"), "{not json");
        assertThat(run("compare", recordA.toString(), recordB.toString())).isEqualTo(2);
        assertThat(stderr()).contains("RECORD_B " + broken, "not readable JSON");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(run("compare", recordA.toString())).isEqualTo(2);
        assertThat(stderr()).contains("compare needs two record directories");
        assertThat(run("compare", recordA.toString(), recordB.toString(), "--bogus")).isEqualTo(2);
        assertThat(stderr()).contains("'--bogus'");
        assertThat(run("compare", recordA.toString(), recordB.toString(), "--report")).isEqualTo(2);
        assertThat(stderr()).contains("--report needs a value");
    }

    @Test
    void helpDocumentsTheCommandAndTheMainHelpPointsToIt() {
        assertThat(run("compare", "--help")).isZero();
        assertThat(stdout()).contains("compare RECORD_A RECORD_B [--report FILE]", "Exit codes: 0 compared");
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("compare RECORD_A RECORD_B", "--record DIR", "--mask-account-ids");
    }
}
