package org.daxkit.reports.matrix;

import java.nio.file.Path;
import java.util.List;
import org.daxkit.reports.ReportWriter;

/**
 * Writes the sample report and matrix into a directory, to look at in a browser:
 * {@code java -cp target/classes:target/test-classes:<jackson jars> org.daxkit.reports.matrix.SampleReportsMain DIR}.
 * Not a test (surefire runs only *Test classes).
 */
public final class SampleReportsMain {

    private SampleReportsMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample-reports");
        ReportWriter.writeAll(MatrixSamples.reference(), dir).forEach(System.out::println);
        MatrixRenderer.write(List.of(MatrixSamples.reference(), MatrixSamples.stubs(), MatrixSamples.moto()), dir)
                .forEach(System.out::println);
    }
}
