package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.hostile.AwsShape.assertAwsError;
import static org.daxkit.reference.hostile.AwsShape.assertWellFormed;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies no SDK would send: each gets an AWS-shaped 4xx (never a 5xx, a hang or a dropped
 * connection), and the server answers a plain DescribeClusters afterwards.
 */
class HostileBodiesTest extends StillServingServerTest {
    private static final String SERIALIZATION = "SerializationException";
    private static final String INVALID_VALUE = "InvalidParameterValueException";
    @BeforeAll
    static void cluster() {
        t.availableCluster("c", 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "{\"ClusterNames\":[}", "{'ClusterNames':[]}", "{ClusterNames:[]}",
            "{\"MaxResults\":020}", "{\"MaxResults\":NaN}", "{\"MaxResults\":Infinity}", "{\"ClusterNames\":[],}",
            "{\"ClusterNames\":[\"c\",]}", "\"unterminated", "{\"a\":\"\\x\"}", "{}}", "{\"a\":1}{\"b\":2}",
            "/* comment */ {}", "{\"a\":1 // comment\n}", "{\"a\":tru}", "{\"a\" 1}", "{,}", "{\"a\":1,\"a\":1}",
            "{\"a\":[1 2]}"})
    void malformedJsonIsSerializationException(String body) {
        assertAwsError(http.operation("DescribeClusters", body), 400, SERIALIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{}]", "\"a string\"", "42", "-1.5e3", "null", "true", "false"})
    void nonObjectJsonIsSerializationException(String body) {
        assertAwsError(http.operation("DescribeClusters", body), 400, SERIALIZATION);
    }

    static Stream<Arguments> wrongMemberTypes() {
        return Stream.of(
                Arguments.of("DescribeClusters", "{\"ClusterNames\":{}}", SERIALIZATION),
                Arguments.of("DescribeClusters", "{\"ClusterNames\":[{}]}", SERIALIZATION),
                Arguments.of("DescribeClusters", "{\"MaxResults\":true}", SERIALIZATION),
                Arguments.of("DescribeClusters", "{\"MaxResults\":1e400}", SERIALIZATION),
                Arguments.of("DescribeClusters", "{\"MaxResults\":99999999999999999999999}", SERIALIZATION),
                Arguments.of("DescribeClusters", "{\"NextToken\":[\"x\"]}", SERIALIZATION),
                Arguments.of("CreateCluster", "{\"ClusterName\":\"n\",\"ReplicationFactor\":\"3\"}", SERIALIZATION),
                Arguments.of("CreateCluster", "{\"Tags\":{\"Key\":\"k\"}}", SERIALIZATION),
                Arguments.of("CreateCluster", "{\"SSESpecification\":[true]}", SERIALIZATION),
                Arguments.of("IncreaseReplicationFactor", "{\"ClusterName\":\"c\",\"NewReplicationFactor\":4.0001}",
                        SERIALIZATION),
                Arguments.of("DescribeEvents", "{\"StartTime\":{\"$date\":1}}", SERIALIZATION),
                // AWS JSON 1.1 refuses a type mismatch before any operation logic, RebootNode included.
                Arguments.of("RebootNode", "{\"ClusterName\":[\"c\"],\"NodeId\":\"c-a\"}", SERIALIZATION),
                Arguments.of("RebootNode", "{\"ClusterName\":\"c\",\"NodeId\":{\"$ne\":null}}", SERIALIZATION));
    }

    @ParameterizedTest
    @MethodSource("wrongMemberTypes")
    void memberOfTheWrongTypeIsRefused(String operation, String body, String type) {
        assertAwsError(http.operation(operation, body), 400, type);
    }

    static Stream<Arguments> jsonNulls() {
        return Stream.of(
                Arguments.of("DescribeClusters", "{\"ClusterNames\":null,\"MaxResults\":null,\"NextToken\":null}", 200,
                        null),
                Arguments.of("DescribeClusters", "{\"ClusterNames\":[null]}", 400, SERIALIZATION),
                Arguments.of("CreateCluster", "{\"ClusterName\":null,\"NodeType\":null,\"ReplicationFactor\":null,"
                        + "\"IamRoleArn\":null}", 400, INVALID_VALUE),
                Arguments.of("RebootNode", "{\"ClusterName\":null,\"NodeId\":null}", 400, INVALID_VALUE),
                Arguments.of("RebootNode", "{\"ClusterName\":\"c\",\"NodeId\":null}", 400, INVALID_VALUE),
                Arguments.of("TagResource", "{\"ResourceName\":null,\"Tags\":[null]}", 400, null),
                Arguments.of("DecreaseReplicationFactor", "{\"ClusterName\":\"c\",\"NewReplicationFactor\":2,"
                        + "\"NodeIdsToRemove\":[null]}", 400, null));
    }

    @ParameterizedTest
    @MethodSource("jsonNulls")
    void jsonNullMembersCountAsAbsent(String operation, String body, int status, String type) {
        Answer answer = http.operation(operation, body);
        if (status == 200) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertWellFormed(answer);
        } else if (type == null) {
            assertThat(assertAwsError(answer).path("__type").asText()).isNotEqualTo("InternalFailure");
        } else {
            assertAwsError(answer, status, type);
        }
    }

    @Test
    void bodyOverTheLimitIsRefusedNamingTheLimit() {
        byte[] body = ("{\"ClusterNames\":[\"" + "x".repeat(2 << 20) + "\"]}").getBytes(StandardCharsets.UTF_8);
        Answer answer = http.post("AmazonDAXV3.DescribeClusters", body);
        assertAwsError(answer, 400, SERIALIZATION);
        assertThat(answer.json().path("message").asText()).as(answer.toString()).contains("1 MiB", "1048576");
    }

    @Test
    void bodyJustUnderTheLimitIsRead() {
        String padding = " ".repeat((1 << 20) - 64);
        Answer answer = http.operation("DescribeClusters", "{\"ClusterNames\":[\"c\"]}" + padding);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":", "{\"ClusterNames\":["})
    void deeplyNestedJsonIsSerializationException(String opener) {
        String closer = opener.equals("[") ? "]" : opener.equals("{\"a\":") ? "}" : "]}";
        String body = opener.repeat(100_000) + "1" + closer.repeat(100_000);
        assertAwsError(http.operation("DescribeClusters", body), 400, SERIALIZATION);
    }

    @Test
    void unclosedDeepNestingIsSerializationException() {
        assertAwsError(http.operation("DescribeClusters", "[".repeat(100_000)), 400, SERIALIZATION);
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("stray continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("truncated two-byte form", new byte[] {(byte) 0xC3}),
                Arguments.of("two-byte form with a bad second byte", new byte[] {(byte) 0xC3, 0x28}),
                Arguments.of("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80}),
                Arguments.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                Arguments.of("0xFF", new byte[] {(byte) 0xFF}),
                Arguments.of("0xFE", new byte[] {(byte) 0xFE}));
    }

    @ParameterizedTest
    @MethodSource("invalidUtf8")
    void invalidUtf8InsideAStringIsSerializationException(String label, byte[] bad) {
        byte[] head = "{\"ClusterNames\":[\"x".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
        assertAwsError(http.post("AmazonDAXV3.DescribeClusters", body), 400, SERIALIZATION);
    }

    @ParameterizedTest
    @MethodSource("invalidUtf8")
    void invalidUtf8OutsideStringsIsSerializationException(String label, byte[] bad) {
        assertAwsError(http.post("AmazonDAXV3.DescribeClusters", bad), 400, SERIALIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001F", "\n", "\t"})
    void rawControlCharacterInsideAStringIsSerializationException(String control) {
        assertAwsError(http.operation("DescribeClusters", "{\"ClusterNames\":[\"a" + control + "b\"]}"), 400,
                SERIALIZATION);
    }

    @Test
    void nulByteBetweenTokensIsSerializationException() {
        assertAwsError(http.operation("DescribeClusters", "{\u0000}"), 400, SERIALIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\ud800", "\\udfff\\ud800", "\\uffff"})
    void escapedControlCharactersAndLoneSurrogatesComeBackEscaped(String escaped) {
        Answer answer = http.operation("DescribeClusters", "{\"ClusterNames\":[\"x" + escaped + "\"]}");
        assertAwsError(answer, 400, INVALID_VALUE);
        assertThat(answer.body().chars().filter(ch -> ch < 0x20)).as("raw control characters in %s", answer)
                .isEmpty();
    }
}
