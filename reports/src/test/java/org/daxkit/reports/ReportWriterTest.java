package org.daxkit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFourReportsIntoANewDirectory() throws Exception {
        Path out = dir.resolve("nested/reports");

        List<Path> written = ReportWriter.writeAll(Samples.results(), out);

        assertThat(written).containsExactly(out.resolve("results.json"), out.resolve("junit.xml"),
                out.resolve("report.html"), out.resolve("summary.md"));
        assertThat(ResultsJson.read(written.get(0))).isEqualTo(Samples.results());
        XmlDocs.parse(Files.readString(written.get(1)));
        XmlDocs.parse(Files.readString(written.get(2)));
        assertThat(Files.readString(written.get(3))).contains("Not conformant");
    }
}
