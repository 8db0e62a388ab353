package org.daxkit.conformance.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.daxkit.conformance.DaxConformance;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java team's own test can record a run, as {@code --record} does, for the compare command. */
class LibraryRecordingTest {

    @Test
    void aLibraryRunWritesTheSameRecordAsTheCli(@TempDir Path dir) throws IOException {
        Path record = dir.resolve("record");

        RunResults results = DaxConformance.embeddedReference().withSeed(7).withTries(3)
                .onlyChecks("fault.node-not-found").withRecording(record, true).run();

        assertThat(results.checks()).singleElement().extracting(c -> c.outcome()).isEqualTo(Outcome.PASSED);
        List<Path> exchanges;
        try (Stream<Path> files = Files.list(record)) {
            exchanges = files.filter(p -> RecordFormat.EXCHANGE_FILE.matcher(p.getFileName().toString()).matches())
                    .toList();
        }
        assertThat(exchanges).isNotEmpty().anySatisfy(p -> assertThat(p.toString()).endsWith("-RebootNode.json"));
        String run = Files.readString(record.resolve(RecordFormat.RUN_FILE));
        assertThat(run).contains("\"seed\" : 7").contains("\"exchanges\" : " + exchanges.size());
        String all = String.join("", exchanges.stream().map(LibraryRecordingTest::read).toList());
        assertThat(all).as("account ids masked").contains(":************:cache/").doesNotContainPattern(":[0-9]{12}:");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
