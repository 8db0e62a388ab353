package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.hostile.AwsShape.assertAwsError;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import java.util.stream.Stream;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error messages quote what the client sent. They must quote it only JSON-escaped, with {@code < > &}
 * escaped too, so an answer cannot break its JSON or a page it is pasted into.
 */
class ReflectedInputTest extends StillServingServerTest {

    static Stream<String> payloads() {
        return Stream.of("<script>alert(1)</script>", "\"quoted\"", "a\\b", "</script><img src=x onerror=alert(1)>",
                "\",\"__type\":\"Evil\",\"x\":\"", "&amp;&lt;", "x\u2028y\u2029z");
    }

    @BeforeAll
    static void cluster() {
        t.availableCluster("c", 1);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void clusterNameComesBackOnlyEscaped(String payload) {
        String name = jsonString(payload);
        assertReflectedSafely(payload, http.operation("CreateCluster", "{\"ClusterName\":" + name
                + ",\"NodeType\":\"dax.r5.large\",\"ReplicationFactor\":1,\"IamRoleArn\":\"" + TestServer.ROLE + "\"}"),
                "InvalidParameterValueException");
        assertReflectedSafely(payload, http.operation("RebootNode", "{\"ClusterName\":" + name + ",\"NodeId\":\"c-a\"}"),
                "InvalidParameterValueException");
        assertReflectedSafely(payload, http.operation("RebootNode", "{\"ClusterName\":\"c\",\"NodeId\":" + name + "}"),
                "InvalidParameterValueException");
        assertReflectedSafely(payload, http.operation("DescribeClusters", "{\"ClusterNames\":[" + name + "]}"),
                "InvalidParameterValueException");
        assertReflectedSafely(payload, http.operation("DeleteCluster", "{\"ClusterName\":" + name + "}"),
                "InvalidParameterValueException");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void targetAndPathComeBackOnlyEscaped(String payload) {
        if (payload.chars().anyMatch(ch -> ch > 0x7E)) {
            return; // header values are ASCII on the wire; the body cases above cover the rest
        }
        assertReflectedSafely(payload, http.post("AmazonDAXV3." + payload, "{}"), "UnknownOperationException");
        String encodedPath = "/" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        assertReflectedSafely(payload, http.send("POST", encodedPath, Map.of("X-Amz-Target",
                "AmazonDAXV3.DescribeClusters"), "{}".getBytes()), "UnknownOperationException");
    }

    private static void assertReflectedSafely(String payload, Answer answer, String type) {
        String message = assertAwsError(answer).path("message").asText();
        assertThat(answer.json().path("__type").asText()).as(answer.toString()).isEqualTo(type);
        assertThat(answer.json().size()).as("members of %s", answer).isEqualTo(2);
        assertThat(message).as("the message quotes the input (decoded): %s", answer).contains(payload);
        assertThat(answer.body()).as("raw body of %s", answer).doesNotContain(payload)
                .doesNotContain("<", ">", "&")
                .doesNotContain("\u2028", "\u2029");
    }

    private static String jsonString(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
