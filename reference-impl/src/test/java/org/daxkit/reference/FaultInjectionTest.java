package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.daxkit.reference.support.DaxOperations;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.model.DaxException;
import software.amazon.awssdk.services.dax.model.InvalidParameterCombinationException;

/** Fault injection works for every operation and every fault the service model lists for it. */
class FaultInjectionTest {
    private static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static Stream<String> operations() {
        return DaxOperations.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("operations")
    void everyModeledFaultCanBeInjected(String operation) {
        Reply rejected = t.wire.control("POST", "/faults",
                "{\"operation\":\"" + operation + "\",\"code\":\"NoSuchFault\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        List<String> codes = validCodes(rejected.json().path("message").asText());
        assertThat(codes).as("modeled faults of %s listed in %s", operation, rejected).isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (String code : codes) {
            t.wire.control("POST", "/faults", "{\"operation\":\"" + operation + "\",\"code\":\"" + code + "\"}");
            Reply reply = t.wire.call(operation, "{}");
            if (reply.status() != 400 || !code.equals(reply.json().path("__type").asText())
                    || !code.equals(reply.header("x-amzn-ErrorType"))) {
                problems.add("injected " + code + ": " + reply);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSdkMapsAnInjectedFaultToItsExceptionClass() {
        t.wire.control("POST", "/faults",
                "{\"operation\":\"RebootNode\",\"code\":\"InvalidParameterCombinationException\"}");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> t.dax.rebootNode(b -> b.clusterName("c").nodeId("c-a")));
        assertThat(thrown).isInstanceOf(InvalidParameterCombinationException.class);
        assertThat(((DaxException) thrown).awsErrorDetails().errorCode()).isEqualTo("InvalidParameterCombinationException");
    }

    /** The 400 answer lists the valid codes as "...; valid codes: [A, B]". */
    private static List<String> validCodes(String message) {
        int start = message.indexOf("valid codes: [");
        if (start < 0) {
            return List.of();
        }
        String list = message.substring(start + "valid codes: [".length(), message.indexOf(']', start));
        return List.of(list.split(", "));
    }
}
