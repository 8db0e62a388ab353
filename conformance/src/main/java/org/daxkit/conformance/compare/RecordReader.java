package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.daxkit.conformance.record.RecordFormat;

/** Reads a record directory written by {@code --record}; every problem names the directory or file. */
public final class RecordReader {
    private RecordReader() {
    }

    /**
     * @param label how the command line calls this record (RECORD_A), for messages
     * @throws RecordUnreadable when the directory is missing, is no record, or a file in it cannot be read
     */
    public static Record read(String label, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RecordUnreadable(label + " " + dir + ": " + (Files.exists(dir) ? "not a directory"
                    : "no such directory"));
        }
        Path runFile = dir.resolve(RecordFormat.RUN_FILE);
        if (!Files.isRegularFile(runFile)) {
            throw new RecordUnreadable(label + " " + dir + ": has no " + RecordFormat.RUN_FILE
                    + ", so it is not a record written by --record");
        }
        JsonNode run = json(label, runFile);
        List<RecordedExchange> exchanges = new ArrayList<>();
        for (Path file : exchangeFiles(label, dir)) {
            exchanges.add(exchange(label, file, json(label, file)));
        }
        exchanges.sort(Comparator.comparingInt(RecordedExchange::sequence));
        return new Record(dir, run, exchanges);
    }

    private static List<Path> exchangeFiles(String label, Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> RecordFormat.EXCHANGE_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new RecordUnreadable(label + " " + dir + ": cannot list the directory: " + e.getMessage());
        }
    }

    private static JsonNode json(String label, Path file) {
        try {
            return RecordFormat.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new RecordUnreadable(label + " " + file + ": not readable JSON: " + e.getMessage());
        }
    }

    private static RecordedExchange exchange(String label, Path file, JsonNode doc) {
        Matcher name = RecordFormat.EXCHANGE_FILE.matcher(file.getFileName().toString());
        name.matches();
        JsonNode response = doc.path("response");
        boolean answered = response.isObject() && response.path("status").isInt();
        try {
            return new RecordedExchange(
                    doc.path("sequence").asInt(Integer.parseInt(name.group(1))),
                    doc.path("operation").asText(name.group(2)),
                    doc.path("attempt").asInt(1),
                    doc.path("during").asText(""),
                    doc.path("sentAt").isTextual() ? Instant.parse(doc.path("sentAt").asText()) : null,
                    doc.path("millis").isNumber() ? doc.path("millis").asLong() : null,
                    doc.path("request").get("body"),
                    answered ? response.path("status").asInt() : null,
                    answered ? headers(response.path("headers")) : Map.of(),
                    answered ? response.get("body") : null,
                    answered ? response.path("bodyText").asText("") : "");
        } catch (DateTimeParseException e) {
            throw new RecordUnreadable(label + " " + file + ": sentAt is no ISO-8601 time: " + e.getMessage());
        }
    }

    private static Map<String, String> headers(JsonNode headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.properties().forEach(h -> {
            String value;
            if (h.getValue().isArray()) {
                List<String> values = new ArrayList<>();
                h.getValue().forEach(v -> values.add(v.asText()));
                value = String.join(", ", values);
            } else {
                value = h.getValue().asText();
            }
            out.put(h.getKey().toLowerCase(Locale.ROOT), value);
        });
        return out;
    }
}
