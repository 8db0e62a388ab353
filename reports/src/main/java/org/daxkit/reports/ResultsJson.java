package org.daxkit.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.RunResults;

/** Reads and writes results.json. Unknown members are tolerated on read so newer files stay readable. */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsJson() {
    }

    /** The results with the run's verdict beside them ({@code verdict}: kind, headline, reason); read back, it is ignored. */
    public static String toJson(RunResults results) {
        try {
            ObjectNode tree = MAPPER.valueToTree(results);
            tree.set("verdict", MAPPER.valueToTree(Verdict.of(results)));
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunResults fromJson(String json) throws IOException {
        return MAPPER.readValue(json, RunResults.class);
    }

    public static void write(RunResults results, Path file) throws IOException {
        Files.writeString(file, toJson(results) + "\n");
    }

    public static RunResults read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + " is not a readable results.json: " + e.getMessage(), e);
        }
    }
}
