package org.daxkit.reports.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * MatrixMain's arguments, parsed by hand: {@code --out DIR} (or {@code --out=DIR}) and one or more
 * results.json files. Every problem is a UsageException naming the flag or argument.
 */
record MatrixArgs(Path out, List<Path> inputs, boolean help) {

    static final String USAGE = "usage: MatrixMain --out DIR results1.json [results2.json ...]";

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static MatrixArgs parse(String[] args) throws UsageException {
        String out = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new MatrixArgs(null, List.of(), true);
            } else if (arg.equals("--out") || arg.startsWith("--out=")) {
                if (out != null) {
                    throw new UsageException("--out given twice");
                }
                if (arg.equals("--out")) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("--out needs a directory");
                    }
                    out = args[++i];
                } else {
                    out = arg.substring("--out=".length());
                }
                if (out.isBlank()) {
                    throw new UsageException("--out needs a directory");
                }
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new UsageException("unknown flag " + arg);
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (out == null) {
            throw new UsageException("missing --out DIR");
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no results.json file given");
        }
        return new MatrixArgs(Path.of(out), List.copyOf(inputs), false);
    }
}
