package org.daxkit.conformance.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.wire.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecorderTest {
    private static final String ACCESS_KEY_ID = "AKIDRECORDERTEST01";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYRECORDERKEY";
    private static final String ARN = "arn:aws:dax:us-east-1:210987654321:cache/c1";
    private static final Instant SENT = Instant.parse("2026-11-30T10:00:00.250Z");

    @TempDir
    Path dir;

    private static Exchange exchange(String operation, int attempt, Map<String, List<String>> requestHeaders,
                                     String requestBody, Integer status, Map<String, List<String>> responseHeaders,
                                     String responseBody) {
        return new Exchange(operation, "POST", "https://dax.us-east-1.amazonaws.com/", requestHeaders, requestBody,
                status, responseHeaders, responseBody, attempt, SENT, status == null ? null : 42L);
    }

    private static Map<String, List<String>> signedHeaders(String operation) {
        return Map.of(
                "Authorization", List.of("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID
                        + "/20261130/us-east-1/dax/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123"),
                "X-Amz-Security-Token", List.of("FwoGZXIvYXdzEXAMPLESESSIONTOKEN"),
                "X-Amz-Date", List.of("20261130T100000Z"),
                "X-Amz-Target", List.of("AmazonDAXV3." + operation),
                "Content-Type", List.of("application/x-amz-json-1.1"));
    }

    private RunRecorder recorder(boolean mask) {
        RunRecorder r = RunRecorder.create(dir, mask);
        r.begin(new RunMetadata("real DAX", "https://dax.us-east-1.amazonaws.com", "us-east-1", 42L, 3,
                List.of("state.available-again"), "0.1.0-SNAPSHOT", "2.40.2", SENT), List.of(ACCESS_KEY_ID, SECRET));
        return r;
    }

    private JsonNode read(String file) throws IOException {
        return RecordFormat.JSON.readTree(dir.resolve(file).toFile());
    }

    private String everyFile() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void writesOneNumberedFilePerExchangeAndRunMetadata() throws IOException {
        RunRecorder r = recorder(false);
        r.during("state.available-again");
        r.accept(exchange("CreateCluster", 1, signedHeaders("CreateCluster"), "{\"ClusterName\":\"c1\"}", 200,
                Map.of("x-amzn-RequestId", List.of("r1")),
                "{\"Cluster\":{\"ClusterName\":\"c1\",\"Status\":\"creating\"}}"));
        r.accept(exchange("RebootNode", 1, signedHeaders("RebootNode"), "{}", 503, Map.of(), "<html>busy</html>"));
        r.accept(exchange("RebootNode", 2, signedHeaders("RebootNode"), "{}", null, Map.of(), null));
        r.finish(SENT.plusSeconds(5));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("0001-CreateCluster.json", "0002-RebootNode.json", "0003-RebootNode.json",
                            "run.json");
        }
        JsonNode first = read("0001-CreateCluster.json");
        assertThat(first.path("sequence").asInt()).isEqualTo(1);
        assertThat(first.path("operation").asText()).isEqualTo("CreateCluster");
        assertThat(first.path("attempt").asInt()).isEqualTo(1);
        assertThat(first.path("during").asText()).isEqualTo("state.available-again");
        assertThat(first.path("sentAt").asText()).isEqualTo("2026-11-30T10:00:00.250Z");
        assertThat(first.path("millis").asLong()).isEqualTo(42L);
        assertThat(first.at("/request/method").asText()).isEqualTo("POST");
        assertThat(first.at("/request/path").asText()).isEqualTo("/");
        assertThat(first.at("/request/headers/X-Amz-Target").asText()).isEqualTo("AmazonDAXV3.CreateCluster");
        assertThat(first.at("/request/body/ClusterName").asText()).isEqualTo("c1");
        assertThat(first.at("/response/status").asInt()).isEqualTo(200);
        assertThat(first.at("/response/headers/x-amzn-RequestId").asText()).isEqualTo("r1");
        assertThat(first.at("/response/body/Cluster/Status").asText()).isEqualTo("creating");

        JsonNode retried = read("0002-RebootNode.json");
        assertThat(retried.at("/response/status").asInt()).isEqualTo(503);
        assertThat(retried.at("/response/bodyText").asText()).isEqualTo("<html>busy</html>");
        JsonNode unanswered = read("0003-RebootNode.json");
        assertThat(unanswered.path("attempt").asInt()).isEqualTo(2);
        assertThat(unanswered.path("response").isNull()).isTrue();
        assertThat(unanswered.path("millis").isNull()).isTrue();

        JsonNode run = read("run.json");
        assertThat(run.path("format").asText()).isEqualTo(RecordFormat.FORMAT);
        assertThat(run.path("targetName").asText()).isEqualTo("real DAX");
        assertThat(run.path("endpoint").asText()).isEqualTo("https://dax.us-east-1.amazonaws.com");
        assertThat(run.path("seed").asLong()).isEqualTo(42L);
        assertThat(run.path("kitVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(run.path("startedAt").asText()).isEqualTo("2026-11-30T10:00:00.250Z");
        assertThat(run.path("finishedAt").asText()).isEqualTo("2026-11-30T10:00:05.250Z");
        assertThat(run.path("exchanges").asInt()).isEqualTo(3);
        assertThat(r.exchangesWritten()).isEqualTo(3);
        assertThat(r.problem()).isEmpty();
    }

    @Test
    void noFileCarriesTheKeysOrACredentialHeaderButTheDateStays() throws IOException {
        RunRecorder r = recorder(false);
        // The secret and key id turning up in a body or a response header must not reach the record either.
        r.accept(exchange("DescribeClusters", 1, signedHeaders("DescribeClusters"),
                "{\"ClusterNames\":[\"" + SECRET + "\"]}", 200,
                Map.of("X-Echo", List.of(ACCESS_KEY_ID), "Set-Cookie", List.of("session=s3cr3t")),
                "{\"Clusters\":[]}"));
        r.finish(SENT);

        String all = everyFile();
        assertThat(all).doesNotContain(SECRET, ACCESS_KEY_ID, "Authorization", "Signature=abc123",
                "X-Amz-Security-Token", "FwoGZXIvYXdzEXAMPLESESSIONTOKEN", "s3cr3t");
        JsonNode doc = read("0001-DescribeClusters.json");
        assertThat(doc.at("/request/headers/X-Amz-Date").asText()).isEqualTo("20261130T100000Z");
        assertThat(doc.at("/response/headers/X-Echo").asText()).isEqualTo(CredentialFilter.REDACTED);
    }

    @Test
    void accountIdsInArnsAreMaskedInBodiesAndHeadersOnlyWhenAsked() throws IOException {
        RunRecorder masked = recorder(true);
        masked.accept(exchange("CreateCluster", 1, signedHeaders("CreateCluster"),
                "{\"IamRoleArn\":\"arn:aws:iam::210987654321:role/DAX\"}", 200,
                Map.of("X-Resource", List.of(ARN)),
                "{\"Cluster\":{\"ClusterArn\":\"" + ARN + "\",\"NodeCreateTime\":1576625059.509,\"TotalNodes\":3}}"));
        masked.finish(SENT);

        JsonNode doc = read("0001-CreateCluster.json");
        assertThat(doc.at("/request/body/IamRoleArn").asText()).isEqualTo("arn:aws:iam::************:role/DAX");
        assertThat(doc.at("/response/headers/X-Resource").asText())
                .isEqualTo("arn:aws:dax:us-east-1:************:cache/c1");
        assertThat(doc.at("/response/body/Cluster/ClusterArn").asText())
                .isEqualTo("arn:aws:dax:us-east-1:************:cache/c1");
        assertThat(everyFile()).doesNotContain("210987654321");
        assertThat(read("run.json").path("accountIdsMasked").asBoolean()).isTrue();
        // Exact digits survive: epoch seconds with a fraction stay a plain decimal, integers stay integers.
        assertThat(Files.readString(dir.resolve("0001-CreateCluster.json"))).contains("1576625059.509");
        assertThat(doc.at("/response/body/Cluster/TotalNodes").isIntegralNumber()).isTrue();
    }

    @Test
    void withoutMaskingAccountIdsStay() throws IOException {
        RunRecorder plain = recorder(false);
        plain.accept(exchange("CreateCluster", 1, Map.of(), "{}", 200, Map.of(), "{\"Cluster\":{\"ClusterArn\":\""
                + ARN + "\"}}"));
        assertThat(read("0001-CreateCluster.json").at("/response/body/Cluster/ClusterArn").asText()).isEqualTo(ARN);
    }

    @Test
    void credentialQueryParametersAreLeftOutOfThePath() {
        CredentialFilter filter = new CredentialFilter(List.of());
        assertThat(filter.pathAndQuery("/?Action=X&X-Amz-Credential=AKID%2F1&X-Amz-Signature=ff&b=2"))
                .isEqualTo("/?Action=X&b=2");
        assertThat(filter.pathAndQuery("/")).isEqualTo("/");
    }

    @Test
    void aDirectoryHoldingARecordOrAFileIsAUsageErrorNamingTheFlag() throws IOException {
        recorder(false);
        assertThatThrownBy(() -> RunRecorder.create(dir, false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--record " + dir)
                .hasMessageContaining("already holds a record");

        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> RunRecorder.create(file, false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--record " + file)
                .hasMessageContaining("not a directory");
    }
}
