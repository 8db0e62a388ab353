package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** A calibration record read back: its directory, run.json and the exchanges in their recorded order. */
public record Record(Path dir, JsonNode run, List<RecordedExchange> exchanges) {

    public Record {
        exchanges = List.copyOf(exchanges);
    }

    /** One line saying what the record is of. */
    public String describe() {
        return run.path("targetName").asText("?") + " at " + run.path("endpoint").asText("?") + ", "
                + exchanges.size() + " exchanges, seed " + run.path("seed").asText("?") + ", started "
                + run.path("startedAt").asText("?") + " (" + dir + ")";
    }
}
