package org.daxkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    @TempDir
    Path dir;

    @Test
    void writeThenReadGivesEqualResults() throws IOException {
        RunResults original = Samples.results();
        Path file = dir.resolve("results.json");

        ResultsJson.write(original, file);
        RunResults read = ResultsJson.read(file);

        assertThat(read).isEqualTo(original);
        assertThat(read.checks()).hasSize(10);
        assertThat(read.checks().get(3).message()).contains(Samples.HOSTILE);
    }

    @Test
    void theVerdictIsWrittenBesideTheResults() throws IOException {
        Path file = dir.resolve("results.json");
        ResultsJson.write(Samples.results(), file);

        assertThat(Files.readString(file)).contains("\"verdict\" : {", "\"kind\" : \"NOT_CONFORMANT\"",
                "\"headline\" : \"Not conformant\"");
    }

    @Test
    void unknownMembersFromANewerKitAreIgnored() throws IOException {
        String json = ResultsJson.toJson(Samples.results()).replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

        assertThat(ResultsJson.fromJson(json)).isEqualTo(Samples.results());
    }

    @Test
    void anUnreadableFileIsNamedInTheError() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"checks\": [");

        assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a readable results.json");
    }
}
