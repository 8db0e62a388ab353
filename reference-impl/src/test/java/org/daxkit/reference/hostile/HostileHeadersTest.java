package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.hostile.AwsShape.assertAwsError;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets, methods, paths and content types no SDK would send: AWS-shaped 4xx, and the server serves on. */
class HostileHeadersTest extends StillServingServerTest {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"AmazonDAXV3.", "AmazonDAXV3.describeClusters", "amazondaxv3.DescribeClusters",
            "AmazonDAXV3.DescribeClusters.Extra", "AmazonDAXV3..DescribeClusters", "AmazonDAXV3",
            "DynamoDB_20120810.ListTables", "AmazonDAXV2.DescribeClusters", "AmazonDAXV3.__proto__",
            "AmazonDAXV3.toString", "AmazonDAXV3.hashCode", "AmazonDAXV3.DescribeClusters%00", "*", "."})
    void unknownTargetIsUnknownOperation(String target) {
        assertAwsError(http.post(target, EMPTY_OBJECT), 400, "UnknownOperationException");
    }

    @Test
    void missingOrVeryLongTargetIsUnknownOperation() {
        assertAwsError(http.post(null, EMPTY_OBJECT), 400, "UnknownOperationException");
        assertAwsError(http.post("AmazonDAXV3." + "A".repeat(8_000), EMPTY_OBJECT), 400, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
    void methodOtherThanPostIsRefused(String method) {
        Answer answer = http.send(method, "/", Map.of("X-Amz-Target", "AmazonDAXV3.DescribeClusters",
                "Content-Type", JdkHttp.AMZ_JSON), method.equals("TRACE") || method.equals("GET") ? null : EMPTY_OBJECT);
        assertAwsError(answer, 405, "UnknownOperationException");
        assertThat(answer.header("Allow")).as(answer.toString()).isEqualTo("POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/x", "/clusters", "/x/", "/%2e%2e/", "/..%2f..%2fetc%2fpasswd", "/index.html",
            "/AmazonDAXV3.DescribeClusters", "/%00", "/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a"})
    void pathOtherThanRootIsNotFound(String path) {
        assertAwsError(http.send("POST", path, Map.of("X-Amz-Target", "AmazonDAXV3.DescribeClusters",
                "Content-Type", JdkHttp.AMZ_JSON), EMPTY_OBJECT), 404, "UnknownOperationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_controlx", "/_control/", "/_control/nothing", "/_control/../reset"})
    void unknownControlPathIsAnAwsShaped404(String path) {
        assertAwsError(http.send("POST", path, Map.of("Content-Type", "application/json"), EMPTY_OBJECT), 404,
                "NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/x-amz-cbor-1.1", "application/x-amz-json-1.0x",
            "application/json-patch+json", "garbage", "*/*", ";", "text/html; charset=utf-8"})
    void contentTypeThatIsNotJsonIsUnsupportedMediaType(String contentType) {
        Answer answer = http.send("POST", "/", headers(contentType), EMPTY_OBJECT);
        assertAwsError(answer, 415, "UnsupportedMediaTypeException");
        assertThat(answer.json().path("message").asText()).contains(JdkHttp.AMZ_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-amz-json-1.1", "application/x-amz-json-1.1; charset=UTF-8",
            "Application/X-Amz-Json-1.1", "application/json", "application/json;charset=utf-8"})
    void jsonContentTypesAreServed(String contentType) {
        Answer answer = http.send("POST", "/", headers(contentType), EMPTY_OBJECT);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void missingContentTypeIsServed() {
        Answer answer = http.send("POST", "/", Map.of("X-Amz-Target", "AmazonDAXV3.DescribeClusters"), EMPTY_OBJECT);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static Map<String, String> headers(String contentType) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("X-Amz-Target", "AmazonDAXV3.DescribeClusters");
        headers.put("Content-Type", contentType);
        return headers;
    }
}
