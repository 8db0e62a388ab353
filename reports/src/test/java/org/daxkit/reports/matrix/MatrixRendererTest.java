package org.daxkit.reports.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daxkit.reports.XmlDocs.element;
import static org.daxkit.reports.XmlDocs.elements;
import static org.daxkit.reports.XmlDocs.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.daxkit.reports.ResultsJson;
import org.daxkit.reports.XmlDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MatrixRendererTest {

    @TempDir
    Path dir;

    private List<Path> resultsFiles() throws IOException {
        Path ref = dir.resolve("ref.json");
        Path stubs = dir.resolve("stubs.json");
        Path moto = dir.resolve("moto.json");
        ResultsJson.write(MatrixSamples.reference(), ref);
        ResultsJson.write(MatrixSamples.stubs(), stubs);
        ResultsJson.write(MatrixSamples.moto(), moto);
        return List.of(ref, stubs, moto);
    }

    @Test
    void combinesResultsFilesIntoHtmlAndMarkdown() throws Exception {
        List<Path> written = MatrixRenderer.writeFromFiles(resultsFiles(), dir.resolve("out"));

        assertThat(written).containsExactly(dir.resolve("out/matrix.html"), dir.resolve("out/matrix.md"));
        Document doc = XmlDocs.parse(Files.readString(written.get(0)));
        assertThat(elements(doc, "//table[@class='matrix']/thead/tr/th")).extracting(Element::getTextContent)
                .containsExactly("Check", "Level", "reference", "stubs", "moto 5.2.1");
        Element slr = element(doc, "//tbody/tr[td/code='fault.service-linked-role']");
        assertThat(elements(slr, "td")).extracting(Element::getTextContent)
                .containsExactly("fault.service-linked-roletitle of fault.service-linked-role", "MUST",
                        "? not verified", "\u2014 absent", "\u2205 not implemented");
        assertThat(elements(doc, "//tfoot/tr[1]/td[2]/span")).extracting(Element::getTextContent)
                .containsExactly("\u2714 4", "\u2718 3", "? 1", "\u2205 1", "\u2691 1");
        assertThat(elements(doc, "//tfoot/tr[1]/td[4]/span")).extracting(Element::getTextContent)
                .containsExactly("\u2718 1", "\u2205 9");
        assertThat(text(doc, "//tfoot/tr[2]/td[4]")).contains("Not conformant");
        assertThat(elements(doc, "//script | //link | //*[@src]")).isEmpty();
        assertThat(Files.readString(written.get(0))).doesNotContain("<script>");
    }

    @Test
    void markdownMatrixHasOneCellPerTargetInEveryRow() throws Exception {
        MatrixRenderer.writeFromFiles(resultsFiles(), dir);
        List<String> table = Files.readAllLines(dir.resolve("matrix.md")).stream().filter(l -> l.startsWith("|")).toList();

        assertThat(table.get(0)).isEqualTo("| Check | Level | reference | stubs | moto 5.2.1 |");
        for (String line : table) {
            assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line).isEqualTo(6);
        }
        assertThat(table).contains("| fault.service-linked-role | MUST | ? not verified | \u2014 absent | \u2205 not implemented |");
        assertThat(table).anySatisfy(l -> assertThat(l).startsWith("| **RN-5** ").endsWith("| unchecked | unchecked | unchecked |"));
        assertThat(table.get(table.size() - 2)).startsWith("| **Totals** | | \u2714 4  \u2718 3");
    }

    @Test
    void aFileThatIsNotResultsIsNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "{}");

        assertThatThrownBy(() -> MatrixRenderer.writeFromFiles(List.of(empty), dir.resolve("out")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("no \"checks\"");
    }
}
