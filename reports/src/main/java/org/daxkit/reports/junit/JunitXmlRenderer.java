package org.daxkit.reports.junit;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunInfo;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.model.TargetInfo;
import org.daxkit.reports.text.Formats;
import org.daxkit.reports.text.OutcomeText;
import org.daxkit.reports.text.XmlText;

/**
 * JUnit XML in the Ant/Surefire shape that CI test reporters read: one testsuite, one testcase per
 * check. FAILED is a failure; NOT_VERIFIED, NOT_IMPLEMENTED and EXCUSED are skipped with their reason,
 * so a CI page shows them rather than counting them as passes.
 */
public final class JunitXmlRenderer {

    static final String CLASSNAME_PREFIX = "dax.conformance.";

    private JunitXmlRenderer() {
    }

    public static String render(RunResults results) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            writeSuite(xml, results);
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write JUnit XML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void writeSuite(XMLStreamWriter xml, RunResults results) throws XMLStreamException {
        TargetInfo target = Runs.target(results);
        RunInfo run = Runs.run(results);
        Summary s = Runs.summary(results);
        Verdict verdict = Verdict.of(results);
        // An inconclusive run has no failed check; one extra failing case keeps a CI test page from showing green.
        int extra = verdict.kind() == Verdict.Kind.INCONCLUSIVE ? 1 : 0;
        xml.writeStartElement("testsuite");
        attr(xml, "name", "dax.conformance (" + Runs.targetName(results, "unnamed target") + ")");
        attr(xml, "tests", String.valueOf(s.total() + extra));
        attr(xml, "failures", String.valueOf(s.failed() + extra));
        attr(xml, "errors", "0");
        attr(xml, "skipped", String.valueOf(s.total() - s.passed() - s.failed()));
        attr(xml, "time", Formats.seconds(run.durationMillis()));
        String timestamp = timestamp(run.startedAt());
        if (timestamp != null) {
            attr(xml, "timestamp", timestamp);
        }
        newline(xml, 1);
        xml.writeStartElement("properties");
        property(xml, "target", target.name());
        property(xml, "endpoint", target.endpointUrl());
        property(xml, "seed", String.valueOf(run.seed()));
        property(xml, "kitVersion", run.kitVersion());
        property(xml, "sdkVersion", run.sdkVersion());
        property(xml, "verdict", verdict.kind().name());
        property(xml, "verdictReason", verdict.reason());
        newline(xml, 1);
        xml.writeEndElement();
        for (CheckResult c : Runs.checks(results)) {
            newline(xml, 1);
            writeCase(xml, results, c);
        }
        if (extra == 1) {
            newline(xml, 1);
            writeInconclusive(xml, verdict);
        }
        newline(xml, 0);
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, RunResults results, CheckResult c) throws XMLStreamException {
        xml.writeStartElement("testcase");
        attr(xml, "classname", CLASSNAME_PREFIX + (c.clause() == null ? "unclassified" : c.clause()));
        attr(xml, "name", c.id() + ": " + (c.title() == null ? "" : c.title()));
        attr(xml, "time", Formats.seconds(c.durationMillis()));
        if (c.outcome() == Outcome.FAILED) {
            newline(xml, 2);
            xml.writeStartElement("failure");
            attr(xml, "message", oneLine(c.message()));
            attr(xml, "type", "ConformanceFailure." + Runs.level(c));
            xml.writeCharacters(XmlText.sanitize(FailureText.of(results, c)));
            xml.writeEndElement();
            newline(xml, 1);
        } else if (c.outcome() != Outcome.PASSED) {
            newline(xml, 2);
            xml.writeEmptyElement("skipped");
            attr(xml, "message", OutcomeText.label(c.outcome()).toUpperCase(Locale.ROOT) + ": "
                    + oneLine(c.message() == null ? "no reason given" : c.message()));
            newline(xml, 1);
        }
        xml.writeEndElement();
    }

    private static void writeInconclusive(XMLStreamWriter xml, Verdict verdict) throws XMLStreamException {
        xml.writeStartElement("testcase");
        attr(xml, "classname", CLASSNAME_PREFIX + "verdict");
        attr(xml, "name", "the run reached a verdict");
        attr(xml, "time", "0");
        newline(xml, 2);
        xml.writeStartElement("failure");
        attr(xml, "message", "INCONCLUSIVE: " + oneLine(verdict.reason()));
        attr(xml, "type", "ConformanceInconclusive");
        xml.writeCharacters(XmlText.sanitize("INCONCLUSIVE: " + verdict.reason()));
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 2);
        xml.writeEmptyElement("property");
        attr(xml, "name", name);
        attr(xml, "value", value == null ? "" : value);
    }

    private static void attr(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.sanitize(value));
    }

    /** Parsers turn line breaks in attributes into spaces anyway; doing it here keeps the output predictable. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace('\t', ' ');
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Ant's schema wants a local date-time without zone; the run's instant is rendered in UTC. */
    static String timestamp(String startedAt) {
        if (startedAt == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(startedAt).truncatedTo(ChronoUnit.SECONDS);
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return null; // an unparseable date is left out rather than failing the whole report
        }
    }
}
