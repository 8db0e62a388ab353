package org.daxkit.conformance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.daxkit.conformance.cli.ConformanceMain;
import org.daxkit.conformance.compare.Comparison;
import org.daxkit.conformance.compare.RecordReader;
import org.daxkit.conformance.compare.Row;
import org.daxkit.conformance.compare.Section;
import org.daxkit.conformance.fixtures.Clusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records a short run of the suite against the embedded reference and one against moto, through the CLI, and
 * compares them: the differences everyone knows moto to have must show up.
 */
class RecordAndCompareEndToEndTest {
    private static final String ACCESS_KEY_ID = "AKIDENDTOENDRECORD";
    private static final String SECRET = "endToEndSecretKeyThatMustNeverBeWritten";
    private static final String SESSION_TOKEN = "endToEndSessionTokenThatMustNeverBeWritten";
    /** Short, but it still creates clusters, reboots a node and waits for it to come back. */
    private static final List<String> SHORT_RUN = List.of("--tries", "3", "--seed", "7", "--checks",
            "state.available-again,shape.describe-clusters.types,fault.node-not-found,wire.content-type",
            "--access-key-id", ACCESS_KEY_ID, "--secret-access-key", SECRET, "--session-token", SESSION_TOKEN);

    @TempDir
    static Path dir;

    private static Path referenceRecord;
    private static Cli referenceRun;

    record Cli(int code, String out, String err) {
    }

    private static Cli cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ConformanceMain.run(args.toArray(String[]::new), Map.of(), new Properties(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> run(String... extra) {
        List<String> args = new ArrayList<>(SHORT_RUN);
        args.addAll(List.of(extra));
        return args;
    }

    @BeforeAll
    static void recordTheReference() {
        referenceRecord = dir.resolve("reference");
        referenceRun = cli(run("--record", referenceRecord.toString(), "--report-dir", dir.resolve("ref-report")
                .toString()));
    }

    private static List<Path> exchangeFiles(Path record) throws IOException {
        try (Stream<Path> files = Files.list(record)) {
            return files.filter(p -> RecordFormat.EXCHANGE_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static JsonNode json(Path file) {
        try {
            return RecordFormat.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theReferenceRunIsRecordedExchangeByExchangeWithoutCredentials() throws IOException {
        assertThat(referenceRun.code()).as(referenceRun.out() + referenceRun.err()).isZero();
        List<Path> files = exchangeFiles(referenceRecord);
        JsonNode runJson = json(referenceRecord.resolve(RecordFormat.RUN_FILE));
        assertThat(referenceRun.out()).contains("Record written to " + referenceRecord.toAbsolutePath() + ": "
                + files.size() + " exchanges");
        assertThat(runJson.path("exchanges").asInt()).isEqualTo(files.size());
        assertThat(runJson.path("targetName").asText()).isEqualTo("reference (embedded)");
        assertThat(runJson.path("endpoint").asText()).startsWith("http://127.0.0.1:");
        assertThat(runJson.path("seed").asLong()).isEqualTo(7L);
        assertThat(runJson.path("kitVersion").asText()).isNotBlank();
        Instant.parse(runJson.path("startedAt").asText());

        List<String> operations = new ArrayList<>();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode doc = json(files.get(i));
            String name = files.get(i).getFileName().toString();
            assertThat(doc.path("sequence").asInt()).as(name).isEqualTo(i + 1);
            assertThat(name).isEqualTo(String.format("%04d-%s.json", i + 1, doc.path("operation").asText()));
            assertThat(doc.path("attempt").asInt()).as(name).isPositive();
            assertThat(doc.path("millis").isNumber()).as(name).isTrue();
            Instant.parse(doc.path("sentAt").asText());
            assertThat(doc.at("/request/headers/X-Amz-Target").asText()).as(name)
                    .isEqualTo("AmazonDAXV3." + doc.path("operation").asText());
            assertThat(doc.at("/request/headers/X-Amz-Date").asText()).as(name).isNotBlank();
            doc.at("/request/headers").fieldNames().forEachRemaining(h -> assertThat(h.toLowerCase(Locale.ROOT))
                    .as(name).isNotEqualTo("authorization").isNotEqualTo("x-amz-security-token"));
            assertThat(doc.at("/response/status").isInt()).as(name).isTrue();
            operations.add(doc.path("operation").asText());
            during.add(doc.path("during").asText());
            assertThat(Files.readString(files.get(i))).as(name).doesNotContain(ACCESS_KEY_ID, SECRET, SESSION_TOKEN);
        }
        assertThat(operations).contains("CreateCluster", "DescribeClusters", "RebootNode", "DeleteCluster");
        assertThat(during).contains("state.available-again", "fault.node-not-found");
    }

    @Test
    void theReferenceAndMotoRecordsCompareWithMotosKnownDifferences() throws Exception {
        assumeThat(MotoServer.onPath()).as("moto_server is not on the PATH (pip install 'moto[server]==5.2.1');"
                + " the moto half of the calibration test cannot run").isTrue();
        assertThat(referenceRun.code()).as(referenceRun.out() + referenceRun.err()).isZero();
        Path motoRecord = dir.resolve("moto");
        Cli motoRun;
        try (MotoServer moto = MotoServer.start()) {
            motoRun = cli(run("--endpoint-url", moto.endpoint().toString(), "--target-name", "moto 5.2.1",
                    "--record", motoRecord.toString(), "--mask-account-ids", "--report-dir",
                    dir.resolve("moto-report").toString()));
        }
        assertThat(motoRun.code()).as(motoRun.out() + motoRun.err()).isEqualTo(1);

        // moto does not implement RebootNode: an HTML 500 each time, never a success.
        List<JsonNode> reboots = exchangeFiles(motoRecord).stream()
                .filter(p -> p.toString().endsWith("-RebootNode.json"))
                .map(RecordAndCompareEndToEndTest::json).toList();
        assertThat(reboots).isNotEmpty().allSatisfy(r -> {
            assertThat(r.at("/response/status").asInt()).isEqualTo(500);
            assertThat(r.at("/response/bodyText").asText()).contains("Internal Server Error");
        });
        String motoFiles = String.join("", exchangeFiles(motoRecord).stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
        assertThat(motoFiles).contains(":************:").doesNotContain(":123456789012:", ACCESS_KEY_ID, SECRET,
                SESSION_TOKEN);

        Path markdown = dir.resolve("compare.md");
        Cli compare = cli(List.of("compare", referenceRecord.toString(), motoRecord.toString(), "--report",
                markdown.toString()));
        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("A: reference (embedded)", "B: moto 5.2.1", "Summary: ");
        assertThat(Files.readString(markdown)).contains("## Members present in responses", "## Status sequences");

        Comparison c = Comparison.of(RecordReader.read("RECORD_A", referenceRecord),
                RecordReader.read("RECORD_B", motoRecord));
        Row reboot = row(c, "Operations and outcomes", "RebootNode");
        assertThat(reboot.kind()).isEqualTo(Row.Kind.DIFFERS);
        assertThat(reboot.a()).contains("200 ×");
        assertThat(reboot.b()).contains("500 ×").doesNotContain("200 ×");
        assertThat(row(c, "Members present in responses", "RebootNode 200").kind()).isEqualTo(Row.Kind.ONLY_A);
        assertThat(row(c, "Members present in responses", "DescribeClusters 200  Clusters[].Nodes[].Endpoint.URL")
                .kind()).isEqualTo(Row.Kind.ONLY_A);
        Row contentType = row(c, "Response headers", "DescribeClusters 200  Content-Type");
        assertThat(contentType.kind()).isEqualTo(Row.Kind.DIFFERS);
        assertThat(contentType.a()).isEqualTo("application/x-amz-json-1.1");
        assertThat(contentType.b()).startsWith("text/html");
        assertThat(row(c, "Status sequences", "node NodeStatus  available → rebooting").kind())
                .isEqualTo(Row.Kind.ONLY_A);
    }

    private static Row row(Comparison c, String section, String key) {
        Section s = c.sections().stream().filter(x -> x.title().equals(section)).findFirst().orElseThrow();
        return s.rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + key + "' in " + section + ": " + s.rows()));
    }
}
