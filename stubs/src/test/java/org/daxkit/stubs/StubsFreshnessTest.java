package org.daxkit.stubs;

import org.daxkit.stubs.record.MappingDiff;
import org.daxkit.stubs.record.MappingDirectory;
import org.daxkit.stubs.record.StubRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed stubs are what the reference does today. Re-records into a temporary directory and
 * compares. With {@code -Ddax.stubs.rerecord=true} it first replaces the committed mappings and their
 * copy on the classpath (the one re-record command is in the module README).
 */
class StubsFreshnessTest {
    static final String RERECORD_COMMAND =
            "mvn -B -pl stubs test -Dtest=StubsFreshnessTest -Ddax.stubs.rerecord=true";

    @Test
    void committedStubsMatchAFreshRecordingOfTheReference(@TempDir Path fresh) {
        StubRecorder.recordInto(fresh);
        SortedMap<String, String> recorded = MappingDirectory.read(fresh);
        if (Boolean.getBoolean("dax.stubs.rerecord")) {
            MappingDirectory.replace(MappingFilesTest.COMMITTED, recorded);
            MappingDirectory.replace(MappingFilesTest.PACKAGED, recorded);
        }
        SortedMap<String, String> committed = MappingDirectory.read(MappingFilesTest.COMMITTED);

        List<String> differences = MappingDiff.between(committed, recorded);

        assertThat(differences)
                .withFailMessage(() -> MappingDiff.describe(differences, committed)
                        + "\n\nIf the reference changed on purpose, re-record and review the diff: " + RERECORD_COMMAND)
                .isEmpty();
    }

    @Test
    void twoRecordingsAreIdentical() {
        SortedMap<String, String> first = StubRecorder.record();
        SortedMap<String, String> second = StubRecorder.record();

        List<String> differences = MappingDiff.between(first, second);

        assertThat(differences)
                .withFailMessage(() -> "Recording is not deterministic (a volatile value leaks into the mappings):\n"
                        + String.join("\n\n", differences))
                .isEmpty();
    }
}
