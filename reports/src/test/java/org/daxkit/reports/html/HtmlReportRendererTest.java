package org.daxkit.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reports.XmlDocs.element;
import static org.daxkit.reports.XmlDocs.elements;
import static org.daxkit.reports.XmlDocs.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reports.Samples;
import org.daxkit.reports.XmlDocs;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.text.CurlCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportRendererTest {

    static String html;
    static Document doc;

    @BeforeAll
    static void render() throws Exception {
        html = HtmlReportRenderer.render(Samples.results());
        doc = XmlDocs.parse(html); // throws unless the page is well-formed XML
    }

    @Test
    void isAnHtml5DocumentThatIsAlsoWellFormedXml() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    }

    @Test
    void isSelfContained() throws Exception {
        assertThat(elements(doc, "//script | //link | //img | //iframe | //object | //embed | //base")).isEmpty();
        assertThat(elements(doc, "//*[@src]")).isEmpty();
        for (Element a : elements(doc, "//*[@href]")) {
            assertThat(a.getAttribute("href")).as("every link stays inside the page").startsWith("#");
        }
        String css = text(doc, "/html/head/style");
        assertThat(css).doesNotContain("url(").doesNotContain("@import").doesNotContain("http");
        assertThat(html).doesNotContainPattern("(href|src)\\s*=\\s*\"?https?:");
    }

    @Test
    void everyInternalLinkHasATarget() throws Exception {
        for (Element a : elements(doc, "//a[@href]")) {
            String id = a.getAttribute("href").substring(1);
            assertThat(elements(doc, "//*[@id='" + id + "']")).as("target of %s", a.getAttribute("href")).hasSize(1);
        }
    }

    @Test
    void hostileMessageIsEscapedAndStillShown() {
        assertThat(html).doesNotContain("<script>").doesNotContain("]]>").doesNotContain("\u0007");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(doc.getDocumentElement().getTextContent())
                .contains(Samples.HOSTILE.replace("\u0007", "\\u0007"));
    }

    @Test
    void headerNamesTargetEndpointDateSeedAndVersions() throws Exception {
        String header = text(doc, "//header");

        assertThat(header).contains("reference", Samples.ENDPOINT, "2025-06-01T10:15:30.123Z",
                String.valueOf(Samples.SEED), "0.1.0-SNAPSHOT", "2.40.2");
    }

    @Test
    void verdictAndSummaryBar() throws Exception {
        Element verdict = element(doc, "//section[@id='verdict']");
        assertThat(verdict.getAttribute("class")).contains("v-not-conformant");
        assertThat(verdict.getTextContent()).startsWith("Not conformant");

        List<Element> segments = elements(doc, "//div[@class='bar']/span");
        assertThat(segments).extracting(s -> s.getAttribute("class"))
                .containsExactly("o-passed", "o-failed", "o-not-verified", "o-not-implemented", "o-excused");
        assertThat(segments).extracting(s -> s.getAttribute("style"))
                .containsExactly("width:40.00%", "width:30.00%", "width:10.00%", "width:10.00%", "width:10.00%");
    }

    @Test
    void faultLedgerShowsEachCategory() throws Exception {
        Map<String, String> statusByFault = new LinkedHashMap<>();
        for (Element row : elements(doc, "//table[@class='faults']/tbody/tr")) {
            statusByFault.put(text(row, "td[1]"), text(row, "td[2]"));
        }

        assertThat(statusByFault).containsExactly(
                Map.entry("ClusterNotFoundFault", "triggered and correct"),
                Map.entry("NodeNotFoundFault", "wrong code"),
                Map.entry("InvalidClusterStateFault", "wrong status"),
                Map.entry("ServiceLinkedRoleNotFoundFault", "not verifiable"),
                Map.entry("InvalidParameterValueException", "wrong code (excused)"),
                Map.entry("InvalidParameterCombinationException", "not implemented"));
        assertThat(text(doc, "//table[@class='faults']/tbody/tr[2]/td[3]")).isEqualTo("InvalidParameterValueException, HTTP 400");
    }

    @Test
    void eachFailureHasARequestACurlCommandAndTheSeed() throws Exception {
        List<Element> reproducers = elements(doc, "//section[@id='failures']/article");
        assertThat(reproducers).hasSize(3);

        CheckResult failed = Samples.checks().get(3);
        Element repro = element(doc, "//article[.//code[text()='fault.node-not-found']]");
        assertThat(text(repro, "pre[@class='cmd']")).isEqualTo(CurlCommand.of(failed.reproducer()));
        assertThat(text(repro, "pre[not(@class)]"))
                .startsWith("POST " + Samples.ENDPOINT + "/\nX-Amz-Target: AmazonDAXV3.RebootNode\n")
                .contains("Authorization: (omitted from the report)")
                .endsWith("\n{\"ClusterName\":\"kit-o'brien\",\"NodeId\":\"kit-zz\"}\n");
        assertThat(repro.getTextContent()).contains("--seed " + Samples.SEED);
        assertThat(html).doesNotContain(Samples.SECRET_SIGNATURE);
    }

    @Test
    void clausesListTheirChecksAndShowUncheckedOnes() throws Exception {
        Element rn32 = element(doc, "//section[@class='clause card'][h3/code='RN-3.2']");
        assertThat(text(rn32, "table/tbody/tr/td[1]")).isEqualTo("\u2718 failed");
        assertThat(text(rn32, "table/tbody/tr/td[3]")).isEqualTo("MUST");
        assertThat(text(rn32, "table/tbody/tr/td[4]")).isEqualTo("340 ms");

        Element rn5 = element(doc, "//section[@class='clause card'][h3/code='RN-5']");
        assertThat(rn5.getTextContent()).contains("unchecked", "ActiveNodes drops by one during a reboot <b>.");
        assertThat(elements(rn5, "table")).isEmpty();

        assertThat(element(doc, "//section[@class='clause card'][h3/code='RN-4']").getTextContent())
                .contains("absent from this run: reboot.twice-events");
        assertThat(element(doc, "//section[@class='clause card'][h3/code='RN-9']").getTextContent())
                .contains("not in the clause catalog");
    }

    @Test
    void aPassingRunHasNoFailuresSection() throws Exception {
        var passed = Samples.check("reboot.success", "RN-1", Level.MUST, Outcome.PASSED, null);
        Document passing = XmlDocs.parse(HtmlReportRenderer.render(Samples.results("ok", List.of(passed))));

        assertThat(text(passing, "//section[@id='verdict']")).startsWith("Conformant");
        assertThat(elements(passing, "//section[@id='failures']/article")).isEmpty();
        assertThat(text(passing, "//section[@id='failures']/p")).isEqualTo("No check failed.");
    }
}
