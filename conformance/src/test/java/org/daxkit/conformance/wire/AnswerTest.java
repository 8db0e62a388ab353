package org.daxkit.conformance.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dax.model.DaxException;
import software.amazon.awssdk.services.dax.model.NodeNotFoundException;

class AnswerTest {

    private static Exchange exchange(int status, String contentType, String body) {
        return new Exchange("RebootNode", "POST", "http://127.0.0.1:1/",
                Map.of("X-Amz-Target", List.of("AmazonDAXV3.RebootNode")), "{\"ClusterName\":\"c\"}", status,
                Map.of("Content-Type", List.of(contentType)), body, 1);
    }

    private static Answer<Object> error(String code, int status, Exchange e) {
        DaxException ex = (DaxException) DaxException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m").build()).build();
        return new Answer<>("RebootNode", null, ex, e);
    }

    @Test
    void anHtmlServerErrorIsOnlyASignOfAMissingOperationAndAnAwsShapedOneIsABug() {
        Answer<Object> html = error(null, 500, exchange(500, "text/html", "<h1>Internal Server Error</h1>"));
        assertThat(html.nonAwsError()).isTrue();
        assertThat(html.saysUnimplemented()).isFalse();
        Answer<Object> aws = error("InternalFailure", 500, exchange(500, "application/x-amz-json-1.1",
                "{\"__type\":\"InternalFailure\",\"message\":\"boom\"}"));
        assertThat(aws.nonAwsError()).isFalse();
        assertThat(aws.saysUnimplemented()).isFalse();
    }

    @Test
    void aRestStyleNotFoundIsNoEvidenceThatTheOperationIsMissing() {
        Answer<Object> rest = error(null, 404, exchange(404, "application/json", "{\"message\":\"Cluster c not found\"}"));
        assertThat(rest.saysUnimplemented()).isFalse();
    }

    @Test
    void unknownOperation501AndAnErrorPageSayingSoAreNotImplementedAndModeledFaultsAreNot() {
        assertThat(error("UnknownOperationException", 400, exchange(400, "application/x-amz-json-1.1",
                "{\"__type\":\"UnknownOperationException\"}")).saysUnimplemented()).isTrue();
        assertThat(error(null, 501, exchange(501, "text/plain", "")).saysUnimplemented()).isTrue();
        assertThat(error(null, 500, exchange(500, "text/html", "<p>NotImplementedError: reboot_node</p>"))
                .saysUnimplemented()).isTrue();
        assertThat(error("ClusterNotFoundFault", 400, exchange(400, "application/x-amz-json-1.1",
                "{\"__type\":\"ClusterNotFoundFault\"}")).saysUnimplemented()).isFalse();
    }

    @Test
    void anAnswerTheSdkCannotParseSaysSoAndIsNotATransportFailure() {
        Answer<Object> a = new Answer<>("DescribeClusters", null,
                software.amazon.awssdk.core.exception.SdkClientException.create("Unable to unmarshall response"),
                exchange(200, "application/x-amz-json-1.1", "{\"Clusters\":[{\"TotalNodes\":\"many\"}]}"));

        assertThat(a.unparseable()).isTrue();
        assertThat(a.summary()).startsWith("an answer the AWS SDK for Java could not parse (Unable to unmarshall")
                .contains("HTTP 200");
    }

    @Test
    void summaryNamesCodeStatusClassAndMessage() {
        NodeNotFoundException ex = NodeNotFoundException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("NodeNotFoundFault").errorMessage("no node")
                        .build()).build();
        Answer<Object> a = new Answer<>("RebootNode", null, ex, exchange(400, "application/x-amz-json-1.1", "{}"));

        assertThat(a.summary()).isEqualTo("NodeNotFoundFault (HTTP 400, NodeNotFoundException): \"no node\"");
    }

    @Test
    void errorTypesSdksCanMapAreBareOrNamespacedNames() {
        assertThat(type("NodeNotFoundFault").mappableShapeName()).isEqualTo("NodeNotFoundFault");
        assertThat(type("com.amazonaws.dax#NodeNotFoundFault").mappableShapeName()).isEqualTo("NodeNotFoundFault");
        assertThat(type("NodeNotFoundFault:http://internal/").mappableShapeName()).isNull();
        assertThat(type("com.example.NodeNotFoundException").mappableShapeName()).isNull();
    }

    @Test
    void theReproducerKeepsTargetContentTypeAndBodyButNoCredentials() {
        Exchange e = new Exchange("RebootNode", "POST", "http://h/", Map.of("X-Amz-Target",
                List.of("AmazonDAXV3.RebootNode"), "Authorization", List.of("AWS4-HMAC-SHA256 secret"),
                "Content-Type", List.of("application/x-amz-json-1.1")), "{}", 200, Map.of(), "{}", 1);

        assertThat(e.toReproducer(7L).headers()).containsOnlyKeys("X-Amz-Target", "Content-Type");
        assertThat(e.describeRequest()).isEqualTo("POST http://h/ X-Amz-Target: AmazonDAXV3.RebootNode {}");
    }

    private static ErrorBody type(String t) {
        return ErrorBody.parse(exchange(400, "application/json", "{\"__type\":\"" + t + "\",\"message\":\"m\"}"));
    }
}
