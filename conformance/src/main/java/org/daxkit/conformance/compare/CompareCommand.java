package org.daxkit.conformance.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar dax-conformance.jar compare RECORD_A RECORD_B [--report FILE]}: puts two calibration
 * records side by side. Exit 0 when the comparison ran (differences are information, not failure), 2 for a
 * usage error (a missing or unreadable record, a bad argument).
 */
public final class CompareCommand {
    public static final String NAME = "compare";
    static final int OK = 0;
    static final int USAGE = 2;

    private CompareCommand() {
    }

    /** @param args the arguments after {@code compare} */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> records = new ArrayList<>();
        Path report = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(help());
                return OK;
            } else if (arg.equals("--report")) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    return usage(err, "--report needs a value (FILE)");
                }
                report = Path.of(args[++i]);
            } else if (arg.startsWith("--report=")) {
                report = Path.of(arg.substring("--report=".length()));
            } else if (arg.startsWith("--")) {
                return usage(err, "unknown argument '" + arg + "' for compare");
            } else {
                records.add(arg);
            }
        }
        if (records.size() != 2) {
            return usage(err, "compare needs two record directories, RECORD_A and RECORD_B; got " + records.size());
        }
        Comparison comparison;
        try {
            comparison = Comparison.of(RecordReader.read("RECORD_A", Path.of(records.get(0))),
                    RecordReader.read("RECORD_B", Path.of(records.get(1))));
        } catch (RecordUnreadable e) {
            return usage(err, e.getMessage());
        }
        TextReport.print(comparison, out);
        if (report != null) {
            try {
                Files.writeString(report, MarkdownReport.of(comparison), StandardCharsets.UTF_8);
                out.println("Markdown report written to " + report.toAbsolutePath());
            } catch (IOException e) {
                return usage(err, "--report " + report + ": cannot write: " + e);
            }
        }
        return OK;
    }

    private static int usage(PrintStream err, String message) {
        err.println("error: " + message);
        err.println("usage: java -jar dax-conformance.jar compare RECORD_A RECORD_B [--report FILE]");
        return USAGE;
    }

    public static String help() {
        return """
                Usage: java -jar dax-conformance.jar compare RECORD_A RECORD_B [--report FILE]

                Puts two calibration records (directories written by --record) of the same story side by side:
                outcomes per operation and per situation, members present in responses, value formats, response
                headers, cluster and node status sequences (clusters named by order of creation), and times.
                Prints a text report; --report FILE also writes it as Markdown.
                Exit codes: 0 compared (differences are information, not failure), 2 usage error (a missing or
                unreadable record directory, named in the message).
                """;
    }
}
