package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.daxkit.reference.support.DaxOperations;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.SdkRequests;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS JSON 1.1 refuses a member of the wrong JSON type before any operation logic: SerializationException
 * in every operation, RebootNode included, whatever else the request holds.
 */
class WrongJsonTypesTest {
    private static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
        SdkRequests.prepare(t);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    /** Each operation's first request member (as the SDK's model orders them) sent as a JSON boolean. */
    static Stream<Arguments> firstMemberAsBoolean() {
        return DaxOperations.ALL.stream().map(op -> Arguments.of(op,
                "{\"" + DaxOperations.requestMembers(op).get(0) + "\":true}"));
    }

    static Stream<Arguments> rebootNodeNonStrings() {
        return Stream.of("5", "true", "[\"c\"]", "{\"$ne\":null}", "1.5").flatMap(value -> Stream.of(
                Arguments.of("{\"ClusterName\":" + value + ",\"NodeId\":\"c-a\"}"),
                Arguments.of("{\"ClusterName\":\"c\",\"NodeId\":" + value + "}")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("firstMemberAsBoolean")
    void everyOperationAnswersSerializationException(String operation, String body) {
        assertSerializationException(t.wire.call(operation, body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rebootNodeNonStrings")
    void rebootNodeAnswersSerializationExceptionForANonString(String body) {
        assertSerializationException(t.wire.call("RebootNode", body));
        assertThat(t.describe(SdkRequests.CLUSTER).nodes()).as("nothing rebooted")
                .allSatisfy(n -> assertThat(n.nodeStatus()).isEqualTo("available"));
    }

    private static void assertSerializationException(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isEqualTo("SerializationException");
        assertThat(reply.header("x-amzn-ErrorType")).as(reply.toString()).isEqualTo("SerializationException");
    }
}
