package org.daxkit.stubs;

import org.daxkit.stubs.record.MappingDiff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The freshness test's failure message names each stale file and shows its first differing lines. */
class MappingDiffTest {

    @Test
    void sameFilesGiveNoDifference() {
        assertThat(MappingDiff.between(files("a.json", "x\ny\n"), files("a.json", "x\ny\n"))).isEmpty();
    }

    @Test
    void changedFileIsNamedWithItsFirstDifferingLines() {
        List<String> differences = MappingDiff.between(
                files("reboot-node--unknown-node.json", "{\n  \"status\" : 400,\n  \"message\" : \"old\"\n}\n"),
                files("reboot-node--unknown-node.json", "{\n  \"status\" : 400,\n  \"message\" : \"new\"\n}\n"));

        assertThat(differences).singleElement().asString()
                .startsWith("reboot-node--unknown-node.json: first difference at line 3")
                .contains("committed 3:   \"message\" : \"old\"")
                .contains("recorded  3:   \"message\" : \"new\"");
    }

    @Test
    void missingAndExtraFilesAreNamed() {
        List<String> differences = MappingDiff.between(files("gone.json", "{}"), files("new.json", "{}"));

        assertThat(differences).containsExactly(
                "gone.json: committed but not recorded",
                "new.json: recorded but not committed");
    }

    private static SortedMap<String, String> files(String name, String content) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(name, content);
        return files;
    }
}
