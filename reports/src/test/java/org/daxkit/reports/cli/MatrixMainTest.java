package org.daxkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daxkit.reports.ResultsJson;
import org.daxkit.reports.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return MatrixMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path results(String name) throws Exception {
        Path file = dir.resolve(name + ".json");
        ResultsJson.write(Samples.results(name, Samples.checks()), file);
        return file;
    }

    @Test
    void writesBothMatrixFiles() throws Exception {
        Path out1 = dir.resolve("matrix");

        int code = run("--out", out1.toString(), results("a").toString(), results("b").toString());

        assertThat(code).as("exit code; stderr: %s", err()).isZero();
        assertThat(out1.resolve("matrix.html")).isRegularFile();
        assertThat(Files.readString(out1.resolve("matrix.md"))).contains("| Check | Level | a | b |");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("matrix.html", "matrix.md");
    }

    @Test
    void outMayBeGivenWithAnEqualsSign() throws Exception {
        assertThat(run("--out=" + dir.resolve("m"), results("a").toString())).isZero();
        assertThat(dir.resolve("m/matrix.md")).isRegularFile();
    }

    @Test
    void missingOutIsAUsageError() throws Exception {
        assertThat(run(results("a").toString())).isEqualTo(2);
        assertThat(err()).contains("missing --out DIR").contains("usage: MatrixMain --out DIR");
    }

    @Test
    void outWithoutADirectoryIsAUsageError() {
        assertThat(run("--out")).isEqualTo(2);
        assertThat(err()).contains("--out needs a directory");
    }

    @Test
    void unknownFlagIsNamed() throws Exception {
        assertThat(run("--out", "x", "--colour", results("a").toString())).isEqualTo(2);
        assertThat(err()).contains("unknown flag --colour");
    }

    @Test
    void noInputFileIsAUsageError() {
        assertThat(run("--out", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("no results.json file given");
    }

    @Test
    void aMissingInputFileExitsOneNamingIt() throws Exception {
        Path missing = dir.resolve("nope.json");

        assertThat(run("--out", dir.resolve("m").toString(), results("a").toString(), missing.toString())).isEqualTo(1);
        assertThat(err()).contains("cannot read results file " + missing);
        assertThat(dir.resolve("m")).doesNotExist();
    }

    @Test
    void anUnparseableInputFileExitsOneNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "not json");

        assertThat(run("--out", dir.resolve("m").toString(), broken.toString())).isEqualTo(1);
        assertThat(err()).contains(broken.toString()).contains("not a readable results.json");
    }

    @Test
    void anOutDirectoryThatIsAFileExitsOneNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "x");

        assertThat(run("--out", file.toString(), results("a").toString())).isEqualTo(1);
        assertThat(err()).contains("cannot write the matrix into " + file);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: MatrixMain --out DIR");
    }
}
