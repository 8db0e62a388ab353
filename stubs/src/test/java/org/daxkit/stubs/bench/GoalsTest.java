package org.daxkit.stubs.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.stubs.bench.BenchCall.DESCRIBE_CLUSTERS;
import static org.daxkit.stubs.bench.BenchCall.REBOOT_NODE;

class GoalsTest {
    private static final long ONE_SECOND = 1_000_000_000L;

    private final BenchReport report = new BenchReport();

    @Test
    void ratiosAreThroughputOfCorrectAnswersAgainstTheGoals() {
        report.measured(PeerKind.REFERENCE, perSecond(DESCRIBE_CLUSTERS, 800, new ErrorLog()), new ErrorLog());
        report.measured(PeerKind.NOOP, perSecond(DESCRIBE_CLUSTERS, 1000, new ErrorLog()), new ErrorLog());
        report.measured(PeerKind.MOTO, perSecond(DESCRIBE_CLUSTERS, 100, new ErrorLog()), new ErrorLog());
        report.measured(PeerKind.REFERENCE, perSecond(REBOOT_NODE, 600, new ErrorLog()), new ErrorLog());
        report.measured(PeerKind.NOOP, perSecond(REBOOT_NODE, 1000, new ErrorLog()), new ErrorLog());
        report.notImplemented(PeerKind.MOTO, REBOOT_NODE);

        String printed = print();

        assertThat(printed)
                .containsPattern("DescribeClusters +reference/noop +0\\.80 +>= 0\\.67 +PASS")
                .containsPattern("DescribeClusters +reference/moto +8\\.00 +>= 10 +MISS")
                .containsPattern("RebootNode +reference/noop +0\\.60 +>= 0\\.67 +MISS")
                .containsPattern("RebootNode +reference/moto +- +>= 10 +n/a \\(moto does not implement RebootNode\\)")
                .containsPattern("DescribeClusters +reference/wiremock +- +\\(none\\) +n/a \\(wiremock not measured\\)");
    }

    @Test
    void aPeerWithAWrongAnswerGivesNoRatio() {
        ErrorLog oneWrong = new ErrorLog();
        oneWrong.wrongStatus(404, "{\"__type\":\"DaxStubsNoMatchingStub\"}");
        report.measured(PeerKind.REFERENCE, perSecond(DESCRIBE_CLUSTERS, 800, new ErrorLog()), new ErrorLog());
        report.measured(PeerKind.WIREMOCK, perSecond(DESCRIBE_CLUSTERS, 900, oneWrong), new ErrorLog());

        assertThat(print())
                .containsPattern("(?m)^wiremock +DescribeClusters .*FLAGGED$")
                .contains("404: {\"__type\":\"DaxStubsNoMatchingStub\"}")
                .containsPattern("DescribeClusters +reference/wiremock +- +\\(none\\) +INVALID \\(wiremock returned errors\\)");
    }

    @Test
    void aFewTransportFailuresAreNotedButTolerated() {
        ErrorLog twoFailures = new ErrorLog();
        twoFailures.failed(new java.io.IOException("HTTP/1.1 header parser received no bytes"));
        twoFailures.failed(new java.io.IOException("HTTP/1.1 header parser received no bytes"));
        report.measured(PeerKind.REFERENCE, perSecond(DESCRIBE_CLUSTERS, 800, twoFailures), new ErrorLog());
        report.measured(PeerKind.NOOP, perSecond(DESCRIBE_CLUSTERS, 1000, new ErrorLog()), new ErrorLog());

        assertThat(print())
                .containsPattern("DescribeClusters +reference/noop +0\\.80 +>= 0\\.67 +PASS \\(2 tolerated io-fail\\)")
                .doesNotContainPattern("(?m)FLAGGED$");
    }

    @Test
    void manyTransportFailuresFlagThePeer() {
        ErrorLog failures = new ErrorLog();
        for (int i = 0; i < 4; i++) {   // over 3, and over 0.1 % of 104 requests
            failures.failed(new java.net.ConnectException("Connection refused"));
        }
        report.measured(PeerKind.REFERENCE, perSecond(DESCRIBE_CLUSTERS, 800, new ErrorLog()), new ErrorLog());
        report.measured(PeerKind.MOTO, perSecond(DESCRIBE_CLUSTERS, 100, failures), new ErrorLog());

        assertThat(print()).containsPattern("reference/moto +- +>= 10 +INVALID \\(moto returned errors\\)");
    }

    /** {@code correct} answers in one second, and whatever went wrong on top. */
    private static Measurement perSecond(BenchCall call, long correct, ErrorLog errors) {
        return new Measurement(call, correct + errors.total(), correct, ONE_SECOND, 1.0, 2.0, errors);
    }

    private String print() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        report.print(out);
        Goals.print(report, out);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
