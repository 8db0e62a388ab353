package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** AWS JSON 1.1 on the raw wire: headers, error shapes, and bad input that must never hurt the server. */
class WireProtocolTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stillServingThenStop() {
        Reply after = t.wire.call("DescribeClusters", "{}");
        assertThat(after.status()).as("server still serving after the test's requests: %s", after).isEqualTo(200);
        t.close();
    }

    @Test
    void successCarriesTheAwsJsonHeadersAndNoCrc() {
        Reply reply = t.wire.call("DescribeClusters", "{}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(UUID.fromString(reply.header("x-amzn-RequestId"))).isNotNull();
        assertThat(reply.headers().firstValue("x-amz-crc32")).isEmpty();
        assertThat(reply.json().get("Clusters").isArray()).as(reply.toString()).isTrue();
    }

    @Test
    void emptyBodyMeansEmptyObject() {
        Reply reply = t.wire.call("DescribeClusters", "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("Clusters").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ClusterNames\":", "{]", "[]", "\"text\"", "42", "null", "{} {}", "{\"a\":1,\"a\":2}"})
    void malformedOrNonObjectJsonIsSerializationException(String body) {
        assertError(t.wire.call("DescribeClusters", body), 400, "SerializationException");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DescribeClusters|{\"MaxResults\":\"20\"}",
            "DescribeClusters|{\"ClusterNames\":\"one\"}",
            "DescribeClusters|{\"ClusterNames\":[1]}",
            "DescribeClusters|{\"MaxResults\":20.5}",
            "CreateCluster|{\"ClusterName\":\"c\",\"NodeType\":\"dax.r5.large\",\"ReplicationFactor\":\"3\",\"IamRoleArn\":\"arn:aws:iam::123456789012:role/R\"}",
            "CreateCluster|{\"ClusterName\":[\"c\"]}",
            "CreateCluster|{\"SSESpecification\":{\"Enabled\":\"yes\"}}",
            "DescribeEvents|{\"StartTime\":\"yesterday\"}",
            "DeleteCluster|{\"ClusterName\":{}}",
            "TagResource|{\"ResourceName\":\"x\",\"Tags\":[\"k\"]}"})
    void memberOfTheWrongTypeIsSerializationException(String operation, String body) {
        assertError(t.wire.call(operation, body), 400, "SerializationException");
    }

    /** A choice, as AWS JSON services do: newer clients may send members this server does not know. */
    @Test
    void unknownMembersAreIgnored() {
        Reply reply = t.wire.call("DescribeClusters", "{\"NotADaxMember\":1,\"Another\":{\"x\":[true]}}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("Clusters").isArray()).as(reply.toString()).isTrue();
    }

    @Test
    void invalidUtf8IsSerializationException() {
        byte[] body = "{\"ClusterNames\":[\"x\"]}".getBytes(StandardCharsets.UTF_8);
        body[18] = (byte) 0xC3;
        assertError(t.wire.callBytes("DescribeClusters", body), 400, "SerializationException");
    }

    @Test
    void oversizedBodyIsRejectedWithoutHarm() {
        String body = "{\"Description\":\"" + "x".repeat(1_100_000) + "\"}";
        assertError(t.wire.call("DescribeClusters", body), 400, "SerializationException");
    }

    @Test
    void unknownMissingOrForeignTargetIsUnknownOperation() {
        assertError(t.wire.call("FlyToTheMoon", "{}"), 400, "UnknownOperationException");
        assertError(t.wire.call(null, "{}"), 400, "UnknownOperationException");
        assertError(t.wire.send("POST", "/", "DynamoDB_20120810.ListTables", "{}"), 400, "UnknownOperationException");
        assertError(t.wire.send("POST", "/", "AmazonDAXV3.", "{}"), 400, "UnknownOperationException");
    }

    @Test
    void wrongMethodOrPathIsAnAwsShaped4xx() {
        Reply get = t.wire.send("GET", "/", "AmazonDAXV3.DescribeClusters", null);
        assertError(get, 405, "UnknownOperationException");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertError(t.wire.send("PUT", "/", "AmazonDAXV3.DescribeClusters", "{}"), 405, "UnknownOperationException");
        assertError(t.wire.send("POST", "/clusters", "AmazonDAXV3.DescribeClusters", "{}"), 404,
                "UnknownOperationException");
    }

    @Test
    void headRequestGetsHeadersOnly() {
        Reply head = t.wire.send("HEAD", "/", null, null);
        assertThat(head.status()).as(head.toString()).isEqualTo(405);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("x-amzn-RequestId")).isNotBlank();
    }

    static void assertError(Reply reply, int status, String type) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.json().path("__type").asText()).as("__type of %s", reply).isEqualTo(type);
        assertThat(reply.json().path("message").asText()).as("message of %s", reply).isNotBlank();
        assertThat(reply.header("x-amzn-ErrorType")).as("x-amzn-ErrorType of %s", reply).isEqualTo(type);
        assertThat(reply.header("Content-Type")).as("Content-Type of %s", reply).isEqualTo("application/x-amz-json-1.1");
        assertThat(UUID.fromString(reply.header("x-amzn-RequestId"))).as("x-amzn-RequestId of %s", reply).isNotNull();
    }
}
