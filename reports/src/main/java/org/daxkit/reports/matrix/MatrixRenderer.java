package org.daxkit.reports.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.reports.ResultsJson;
import org.daxkit.reports.model.RunResults;

/** Combines several runs (one per target) into DIR/matrix.html and DIR/matrix.md. */
public final class MatrixRenderer {

    public static final String HTML_FILE = "matrix.html";
    public static final String MARKDOWN_FILE = "matrix.md";

    private MatrixRenderer() {
    }

    /** Reads each results.json (an unreadable one fails naming its file), then writes the matrix. */
    public static List<Path> writeFromFiles(List<Path> resultsFiles, Path dir) throws IOException {
        List<RunResults> runs = new ArrayList<>();
        for (Path file : resultsFiles) {
            RunResults run = ResultsJson.read(file);
            if (run == null || run.checks() == null) {
                throw new IOException(file + " is not a results.json: it has no \"checks\" member");
            }
            runs.add(run);
        }
        return write(runs, dir);
    }

    /** Writes DIR/matrix.html and DIR/matrix.md; returns their paths. */
    public static List<Path> write(List<RunResults> runs, Path dir) throws IOException {
        Matrix matrix = Matrix.of(runs);
        try {
            Files.createDirectories(dir);
            Path html = Files.writeString(dir.resolve(HTML_FILE), MatrixHtmlRenderer.render(matrix), StandardCharsets.UTF_8);
            Path md = Files.writeString(dir.resolve(MARKDOWN_FILE), MatrixMarkdownRenderer.render(matrix), StandardCharsets.UTF_8);
            return List.of(html, md);
        } catch (IOException e) {
            // NIO messages are often just the path; the exception's name says what went wrong.
            throw new IOException("cannot write the matrix into " + dir + ": " + e.getClass().getSimpleName()
                    + " " + e.getMessage(), e);
        }
    }
}
