package org.daxkit.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daxkit.reports.model.RunResults;

/** Writes every report of one run into a directory. The one entry point the suite calls. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes DIR/results.json (and, as renderers land, the other reports); returns the files written. */
    public static List<Path> writeAll(RunResults results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("results.json");
        ResultsJson.write(results, json);
        return List.of(json);
    }
}
