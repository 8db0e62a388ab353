package org.daxkit.reference.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The main packages of reference-impl use one another without a cycle, so each can be read, tested and
 * changed starting from the ones it uses: the server and the CLI on top, the operations and control API
 * in the middle, the store and the wire types at the bottom.
 */
class PackageCyclesTest {
    private static final String ROOT = "org.daxkit.reference";
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void mainPackagesFormNoCycle() {
        PackageGraph graph = PackageGraph.read(MAIN_SOURCES, ROOT);

        assertThat(graph.packages()).as("packages read from %s", MAIN_SOURCES.toAbsolutePath())
                .contains(ROOT, ROOT + ".ops", ROOT + ".state", ROOT + ".http");
        assertThat(graph.usedBy(ROOT + ".ops")).as("what ops uses, read from imports").contains(ROOT + ".state");
        assertThat(graph.findCycle()).as("a package cycle among the main packages; the graph:%n%s", graph).isEmpty();
    }

    @Test
    void findsACycleAndNamesItsPackages() {
        PackageGraph graph = PackageGraph.of("a -> b", "b -> c", "c -> b", "c -> d");

        assertThat(graph.findCycle()).hasValue(List.of("b", "c", "b"));
        assertThat(PackageGraph.of("a -> b", "a -> c", "b -> c").findCycle()).isEmpty();
    }
}
