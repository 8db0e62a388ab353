package org.daxkit.reports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daxkit.reports.matrix.MatrixRenderer;

/**
 * Combines results.json files from several targets into DIR/matrix.html and DIR/matrix.md.
 * Exit codes: 0 written, 1 an input could not be read (or the output not written), 2 usage error.
 */
public final class MatrixMain {

    static final int OK = 0;
    static final int UNREADABLE = 1;
    static final int USAGE = 2;

    private MatrixMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code instead of exiting, so tests can call it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        MatrixArgs parsed;
        try {
            parsed = MatrixArgs.parse(args);
        } catch (MatrixArgs.UsageException e) {
            err.println("MatrixMain: " + e.getMessage());
            err.println(MatrixArgs.USAGE);
            return USAGE;
        }
        if (parsed.help()) {
            out.println(MatrixArgs.USAGE);
            out.println("Writes DIR/matrix.html and DIR/matrix.md: one column per results.json, one row per check.");
            return OK;
        }
        for (Path input : parsed.inputs()) {
            if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
                err.println("MatrixMain: cannot read results file " + input + ": no such readable file");
                return UNREADABLE;
            }
        }
        try {
            List<Path> written = MatrixRenderer.writeFromFiles(parsed.inputs(), parsed.out());
            written.forEach(out::println);
            return OK;
        } catch (IOException e) {
            err.println("MatrixMain: " + e.getMessage());
            return UNREADABLE;
        }
    }
}
