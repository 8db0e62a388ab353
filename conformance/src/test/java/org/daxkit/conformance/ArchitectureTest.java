package org.daxkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checks treat every target as a black box: only the launcher may import the reference. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/daxkit/conformance");

    @Test
    void onlyTheEmbeddedLauncherImportsTheReference() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> importers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("import org.daxkit.reference"))
                    .map(p -> MAIN.relativize(p).toString())
                    .toList();
            assertThat(importers).containsExactly("targets/EmbeddedReference.java");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
