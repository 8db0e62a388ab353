package org.daxkit.conformance.cli;

import java.io.PrintStream;
import org.daxkit.conformance.record.RunRecorder;

/** Says where the run's calibration record went, and warns when part of it could not be written. */
final class RecordNotice {
    private RecordNotice() {
    }

    static void print(RunRecorder recorder, PrintStream out, PrintStream err) {
        out.println("Record written to " + recorder.dir().toAbsolutePath() + ": " + recorder.exchangesWritten()
                + " exchanges and run.json (compare it with: java -jar dax-conformance.jar compare "
                + recorder.dir() + " OTHER_RECORD)");
        recorder.problem().ifPresent(p -> err.println("warning: the record is incomplete: " + p));
    }
}
