package org.daxkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.daxkit.conformance.catalog.ClauseCatalog;
import org.junit.jupiter.api.Test;

/** The README's clause table is the catalog, row for row: id, level, checks and text cannot drift apart. */
class ReadmeClausesTest {

    @Test
    void theReadmeTableListsEveryClauseOfTheCatalogAsItStands() throws IOException {
        List<String> table = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| RN-")).toList();
        List<String> catalog = ClauseCatalog.load().all().stream()
                .map(c -> "| " + c.id() + " | " + c.level() + " | "
                        + c.checks().stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")) + " | "
                        + c.text().replace("|", "\\|") + " |")
                .toList();

        assertThat(table).containsExactlyInAnyOrderElementsOf(catalog);
    }
}
