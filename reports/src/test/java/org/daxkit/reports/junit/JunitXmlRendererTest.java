package org.daxkit.reports.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reports.XmlDocs.element;
import static org.daxkit.reports.XmlDocs.elements;

import java.util.List;
import org.daxkit.reports.Samples;
import org.daxkit.reports.XmlDocs;
import org.daxkit.reports.model.FaultObservation;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.NotVerifiedCause;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.Reproducer;
import org.daxkit.reports.model.RunResults;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitXmlRendererTest {

    private static Document render(RunResults results) throws Exception {
        return XmlDocs.parse(JunitXmlRenderer.render(results));
    }

    @Test
    void suiteCountsMatchTheOutcomes() throws Exception {
        Element suite = render(Samples.results()).getDocumentElement();

        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("dax.conformance (reference)");
        assertThat(suite.getAttribute("tests")).isEqualTo("10");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("3");
        assertThat(suite.getAttribute("time")).isEqualTo("4.321");
        assertThat(suite.getAttribute("timestamp")).isEqualTo("2025-06-01T10:15:30");
        assertThat(elements(suite, "testcase")).hasSize(10);
        assertThat(elements(suite, "testcase/failure")).hasSize(3);
        assertThat(elements(suite, "testcase/skipped")).hasSize(3);
    }

    @Test
    void propertiesNameTargetAndSeed() throws Exception {
        Document doc = render(Samples.results());

        assertThat(element(doc, "/testsuite/properties/property[@name='target']").getAttribute("value")).isEqualTo("reference");
        assertThat(element(doc, "/testsuite/properties/property[@name='seed']").getAttribute("value"))
                .isEqualTo(String.valueOf(Samples.SEED));
        assertThat(element(doc, "/testsuite/properties/property[@name='endpoint']").getAttribute("value"))
                .isEqualTo(Samples.ENDPOINT);
    }

    @Test
    void theVerdictIsAPropertyAndAnInconclusiveRunAddsAFailingCase() throws Exception {
        Document conclusive = render(Samples.results());
        assertThat(element(conclusive, "/testsuite/properties/property[@name='verdict']").getAttribute("value"))
                .isEqualTo("NOT_CONFORMANT");
        assertThat(elements(conclusive.getDocumentElement(), "testcase[@classname='dax.conformance.verdict']")).isEmpty();

        Document open = render(Samples.results("t", List.of(
                Samples.check("a", "RN-1", Level.MUST, Outcome.PASSED, null),
                Samples.notVerified("b", "RN-3", Level.MUST, NotVerifiedCause.BUDGET))));
        Element suite = open.getDocumentElement();
        assertThat(element(open, "/testsuite/properties/property[@name='verdict']").getAttribute("value"))
                .isEqualTo("INCONCLUSIVE");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(element(open, "/testsuite/testcase[@classname='dax.conformance.verdict']/failure")
                .getAttribute("message")).startsWith("INCONCLUSIVE: 1 MUST check could have run");
    }

    @Test
    void testcasesAreNamedByClauseAndCheck() throws Exception {
        Element tc = element(render(Samples.results()), "/testsuite/testcase[@classname='dax.conformance.RN-3.2']");

        assertThat(tc.getAttribute("name")).isEqualTo("fault.node-not-found: title of fault.node-not-found");
        assertThat(tc.getAttribute("time")).isEqualTo("0.340");
    }

    @Test
    void failureCarriesTheFullMessageTheReproducerAndTheSeed() throws Exception {
        Element failure = element(render(Samples.results()), "//testcase[@classname='dax.conformance.RN-3.2']/failure");

        String expectedMessage = "[RN-3.2] RebootNode on an unknown NodeId must fail with NodeNotFoundFault; "
                + "got InvalidParameterValueException (HTTP 400) "
                + Samples.HOSTILE.replace("\u0007", "\\u0007");
        assertThat(failure.getAttribute("message")).isEqualTo(expectedMessage);
        assertThat(failure.getAttribute("type")).isEqualTo("ConformanceFailure.MUST");
        assertThat(failure.getTextContent())
                .startsWith(expectedMessage)
                .contains("POST " + Samples.ENDPOINT + "/")
                .contains("X-Amz-Target: AmazonDAXV3.RebootNode")
                .contains("curl -sS -X POST " + Samples.ENDPOINT + "/ -H 'X-Amz-Target: AmazonDAXV3.RebootNode'")
                .contains("--data '{\"ClusterName\":\"kit-o'\\''brien\",\"NodeId\":\"kit-zz\"}'")
                .contains("--seed " + Samples.SEED)
                .doesNotContain(Samples.SECRET_SIGNATURE);
    }

    @Test
    void multiLineMessagesKeepTheirLinesInTheBodyAndFlattenInTheAttribute() throws Exception {
        Element failure = element(render(Samples.results()), "//testcase[@classname='dax.conformance.RN-9']/failure");

        assertThat(failure.getAttribute("message")).isEqualTo("missing x-amzn-RequestId | expected a header second line");
        assertThat(failure.getTextContent()).startsWith("missing x-amzn-RequestId | expected a header\nsecond line");
    }

    @Test
    void notVerifiedNotImplementedAndExcusedAreSkippedWithTheirReason() throws Exception {
        Document doc = render(Samples.results());

        assertThat(element(doc, "//testcase[@classname='dax.conformance.RN-3.4']/skipped").getAttribute("message"))
                .isEqualTo("NOT VERIFIED: target lacks capability faultInjection: cannot remove the service-linked role");
        assertThat(element(doc, "//testcase[@classname='dax.conformance.RN-3.6']/skipped").getAttribute("message"))
                .isEqualTo("NOT IMPLEMENTED: RebootNode answered UnknownOperationException");
        assertThat(element(doc, "//testcase[@classname='dax.conformance.RN-3.5']/skipped").getAttribute("message"))
                .startsWith("EXCUSED: excused by deviations.json (ticket DAX-12)");
        assertThat(elements(doc, "//testcase[@classname='dax.conformance.RN-1']/*")).isEmpty();
    }

    @Test
    void hostileTextStaysWellFormedAndReadable() throws Exception {
        String hostile = "a < b && c > d ]]> <![CDATA[x]]> nul\u0000 bell\u0007 esc\u001B ffff\uFFFF lone\uD800 emoji \uD83D\uDE80 \"q\" 'a'";
        var check = Samples.faultCheck("id<&>\"", "RN]]>1", Level.MUST, Outcome.FAILED, hostile,
                new FaultObservation("NodeNotFoundFault", "X", 400),
                new Reproducer("POST", "http://h/?a=1&b=<2>", java.util.Map.of("X-Amz-Target", "]]>"), hostile, 1L));
        var skipped = Samples.check("skip", "RN-2", Level.MUST, Outcome.NOT_VERIFIED, hostile);

        Document doc = render(Samples.results("t<&>", List.of(check, skipped)));

        String visible = "a < b && c > d ]]> <![CDATA[x]]> nul\\u0000 bell\\u0007 esc\\u001B ffff\\uFFFF lone\\uD800"
                + " emoji \uD83D\uDE80 \"q\" 'a'";
        Element failure = element(doc, "//failure");
        assertThat(failure.getAttribute("message")).isEqualTo(visible);
        assertThat(failure.getTextContent()).startsWith(visible).contains("http://h/?a=1&b=<2>");
        assertThat(element(doc, "//skipped").getAttribute("message")).isEqualTo("NOT VERIFIED: " + visible);
        assertThat(element(doc, "//testcase[failure]").getAttribute("classname")).isEqualTo("dax.conformance.RN]]>1");
        assertThat(doc.getDocumentElement().getAttribute("name")).isEqualTo("dax.conformance (t<&>)");
    }
}
