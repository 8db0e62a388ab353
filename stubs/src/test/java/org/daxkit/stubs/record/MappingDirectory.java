package org.daxkit.stubs.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory of mapping files ({@code *.json}), read and written as file name to content. */
public final class MappingDirectory {
    private MappingDirectory() {
    }

    public static SortedMap<String, String> read(Path directory) {
        SortedMap<String, String> files = new TreeMap<>();
        for (Path file : jsonFiles(directory)) {
            try {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return files;
    }

    /** Makes {@code directory} hold exactly {@code files}: stale *.json files go, the others are (re)written. */
    public static void replace(Path directory, Map<String, String> files) {
        try {
            Files.createDirectories(directory);
            for (Path existing : jsonFiles(directory)) {
                if (!files.containsKey(existing.getFileName().toString())) {
                    Files.delete(existing);
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write mappings into " + directory, e);
        }
    }

    private static List<Path> jsonFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
