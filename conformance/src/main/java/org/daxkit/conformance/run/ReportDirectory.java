package org.daxkit.conformance.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.daxkit.reports.ReportWriter;
import org.daxkit.reports.model.RunResults;

/** Where a library run writes results.json and the other reports, if anywhere. */
public final class ReportDirectory {
    private final Path dir;

    /** @param dir the directory, or null to write nothing */
    public ReportDirectory(Path dir) {
        this.dir = dir;
    }

    public void write(RunResults results) {
        if (dir == null) {
            return;
        }
        try {
            ReportWriter.writeAll(results, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + dir, e);
        }
    }
}
