package org.daxkit.reference.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.support.RawWire;
import org.daxkit.reference.support.RawWire.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DaxException;

/** A server started with requireAuth, called by the real AWS SDK with right and wrong keys, and by raw HTTP. */
class RequireAuthTest {
    private static final String KEY = "AKIDREFERENCE";
    private static final String SECRET = "reference/Secret+Key";
    private static final String ROLE = "arn:aws:iam::123456789012:role/DAXServiceRole";
    private static ReferenceServer server;
    private static RawWire wire;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ReferenceServer.builder().requireAuth(KEY, SECRET).start();
        wire = new RawWire(server.endpoint());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRightKeysWorkForDescribeClustersAndRebootNode() {
        server.reset();
        try (DaxClient dax = client(KEY, SECRET, Region.US_EAST_1)) {
            dax.createCluster(b -> b.clusterName("signed").nodeType("dax.r5.large").replicationFactor(2).iamRoleArn(ROLE));
            server.completeTransitions();

            assertThat(dax.describeClusters(b -> b.clusterNames("signed")).clusters()).extracting(Cluster::status)
                    .containsExactly("available");
            Cluster rebooting = dax.rebootNode(b -> b.clusterName("signed").nodeId("signed-b")).cluster();
            assertThat(rebooting.nodes()).filteredOn(n -> n.nodeId().equals("signed-b"))
                    .extracting(n -> n.nodeStatus()).containsExactly("rebooting");
        }
    }

    @Test
    void theWrongSecretIsInvalidSignatureException403() {
        DaxException fault = sdkFault(KEY, "not-the-secret", Region.US_EAST_1);

        assertThat(fault.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
        assertThat(fault.statusCode()).isEqualTo(403);
        assertThat(fault.awsErrorDetails().errorMessage()).startsWith(AuthFailure.SIGNATURE_MISMATCH);
        assertThat(fault.requestId()).isNotBlank().isNotEqualTo("UNKNOWN");
    }

    @Test
    void anUnknownAccessKeyIsUnrecognizedClientException403() {
        DaxException fault = sdkFault("AKIDSTRANGER", SECRET, Region.US_EAST_1);

        assertThat(fault.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
        assertThat(fault.statusCode()).isEqualTo(403);
        assertThat(fault.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void aClientOfAnotherRegionIsInvalidSignatureException403() {
        DaxException fault = sdkFault(KEY, SECRET, Region.EU_WEST_1);

        assertThat(fault.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
        assertThat(fault.statusCode()).isEqualTo(403);
        assertThat(fault.awsErrorDetails().errorMessage()).contains("not 'eu-west-1'", "region is 'us-east-1'");
    }

    @Test
    void anUnsignedRequestIsMissingAuthenticationTokenException403() {
        Reply reply = wire.call("DescribeClusters", "{}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(reply.header("x-amzn-RequestId")).isNotBlank();
        assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(reply.json().path("__type").asText()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(reply.json().path("message").asText()).isEqualTo("Request is missing Authentication Token");
    }

    @Test
    void aMalformedAuthorizationHeaderIsIncompleteSignatureException400() throws Exception {
        HttpResponse<String> response = post(Map.of("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDREFERENCE",
                "X-Amz-Target", "AmazonDAXV3.DescribeClusters"), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("IncompleteSignatureException");
        assertThat(response.body()).contains("\"__type\":\"IncompleteSignatureException\"",
                "Authorization header requires 'Signature' parameter.");
    }

    @Test
    void anOversizedSignedBodyIsSerializationException400() throws Exception {
        byte[] body = new byte[(1 << 20) + 1];
        Arrays.fill(body, (byte) ' ');
        SignedRequest signed = SdkSigner.sign("POST", server.endpoint().resolve("/"),
                Map.of("X-Amz-Target", List.of("AmazonDAXV3.DescribeClusters")), body, KEY, SECRET, "us-east-1", "dax",
                Instant.now());

        HttpResponse<String> response = post(Map.of("Authorization", signed.first("Authorization"),
                "X-Amz-Date", signed.first("X-Amz-Date"), "X-Amz-Target", "AmazonDAXV3.DescribeClusters"), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    }

    @Test
    void aWrongPathIsStill404BeforeAnySignatureCheck() {
        Reply reply = wire.send("POST", "/elsewhere", "AmazonDAXV3.DescribeClusters", "{}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.json().path("__type").asText()).isEqualTo("UnknownOperationException");
    }

    @Test
    void theControlApiNeedsNoSignatureAndSaysAuthenticationIsRequired() {
        Reply info = wire.control("GET", "/info", null);

        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        assertThat(info.json().path("authentication").asText()).isEqualTo("sigv4");
        assertThat(wire.control("POST", "/reset", null).status()).isEqualTo(200);
    }

    private DaxException sdkFault(String key, String secret, Region region) {
        try (DaxClient dax = client(key, secret, region)) {
            DaxException fault = catchThrowableOfType(DaxException.class, () -> dax.describeClusters());
            assertThat(fault).as("DescribeClusters signed with %s must fail", key).isNotNull();
            return fault;
        }
    }

    private HttpResponse<String> post(Map<String, String> headers, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static DaxClient client(String key, String secret, Region region) {
        return DaxClient.builder()
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(server.endpoint().toString()))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
