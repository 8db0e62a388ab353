package org.daxkit.reports.junit;

import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Reproducer;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.text.CurlCommand;
import org.daxkit.reports.text.RequestText;

/** The body of a JUnit failure: the full message, then the request and how to replay it. */
final class FailureText {

    private FailureText() {
    }

    static String of(RunResults results, CheckResult c) {
        StringBuilder text = new StringBuilder();
        text.append(c.message() == null ? "(no message)" : c.message()).append("\n\n");
        text.append("Clause: ").append(c.clause()).append(" (").append(Runs.level(c)).append(")\n");
        Reproducer r = c.reproducer();
        if (r != null) {
            text.append("\nRequest sent:\n").append(RequestText.of(r));
            text.append("\nReproduce with curl:\n").append(CurlCommand.of(r)).append('\n');
        }
        text.append("\nReplay the run: --seed ").append(Runs.seed(results, c)).append('\n');
        return text.toString();
    }
}
