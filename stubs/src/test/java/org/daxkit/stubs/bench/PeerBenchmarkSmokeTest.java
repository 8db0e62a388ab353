package org.daxkit.stubs.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark command working: a one-second run against the embedded peers (moto_server may not be
 * installed where the build runs) must answer every request correctly and print the table and the ratios.
 * It asserts what was printed, never how fast anything was.
 */
class PeerBenchmarkSmokeTest {

    @Test
    void measuresTheEmbeddedPeersWithoutWrongAnswers() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int code = PeerBenchmark.run(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err,
                "--only", "reference,wiremock,noop", "--seconds", "1", "--rounds", "1", "--warmup-seconds", "0",
                "--concurrency", "2");

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isZero();
        // Rows: peer, call, requests (> 0), req/s, p50, p99, wrong (must be 0), io-fail (the client's, tolerated).
        for (String row : new String[] {"reference +DescribeClusters", "reference +RebootNode",
                "wiremock +DescribeClusters", "wiremock +RebootNode", "noop +DescribeClusters", "noop +RebootNode"}) {
            assertThat(output).containsPattern("(?m)^" + row + " +[1-9]\\d* +[\\d.]+ +[\\d.]+ +[\\d.]+ +0 +\\d+");
        }
        assertThat(output)
                .containsPattern("(?m)^DescribeClusters +reference/noop +")
                .containsPattern("(?m)^RebootNode +reference/moto .*n/a \\(moto not measured\\)")
                .doesNotContain("COULD NOT START");
    }

    @Test
    void aUsageErrorNamesTheFlagAndExitsWithTwo() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int code = PeerBenchmark.run(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), "--concurrency", "-1");

        assertThat(code).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("--concurrency must be 1 to 256, got -1")
                .contains("Usage: PeerBenchmark");
        assertThat(printed.size()).isZero();
    }
}
