package org.daxkit.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daxkit.reports.html.HtmlReportRenderer;
import org.daxkit.reports.junit.JunitXmlRenderer;
import org.daxkit.reports.markdown.MarkdownSummaryRenderer;
import org.daxkit.reports.model.RunResults;

/** Writes every report of one run into a directory. The one entry point the suite calls. */
public final class ReportWriter {

    public static final String RESULTS_JSON = "results.json";
    public static final String JUNIT_XML = "junit.xml";
    public static final String HTML_REPORT = "report.html";
    public static final String MARKDOWN_SUMMARY = "summary.md";

    private ReportWriter() {
    }

    /**
     * Writes DIR/results.json, DIR/junit.xml, DIR/report.html and DIR/summary.md (creating DIR);
     * returns the files written, in that order.
     */
    public static List<Path> writeAll(RunResults results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(RESULTS_JSON);
        ResultsJson.write(results, json);
        return List.of(json,
                write(dir.resolve(JUNIT_XML), JunitXmlRenderer.render(results)),
                write(dir.resolve(HTML_REPORT), HtmlReportRenderer.render(results)),
                write(dir.resolve(MARKDOWN_SUMMARY), MarkdownSummaryRenderer.render(results)));
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
