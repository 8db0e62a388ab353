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

/**
 * No client input yields a 5xx, a hang or a dropped connection: every operation, every request
 * member, every JSON type, answered with a well-formed 200 or an AWS-shaped 400.
 */
class RobustnessTest {
    private static final List<String> VALUES = List.of("null", "true", "0", "-1", "2147483648", "1.5", "\"\"",
            "\"x\"", "\"arn:aws:dax:us-east-1:123456789012:cache/c\"", "[]", "[1]", "[\"\"]", "[{}]", "[null]", "{}",
            "{\"Enabled\":1}", "\"" + "y".repeat(5000) + "\"");
    private static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
        t.availableCluster("c", 3);
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
    void everyMemberWithEveryJsonTypeGetsA200OrAnAwsShaped400(String operation) {
        List<String> problems = new ArrayList<>();
        List<String> members = DaxOperations.requestMembers(operation);
        assertThat(members).as("request members of %s in the SDK model", operation).isNotEmpty()
                .doesNotContainNull();
        for (String member : members) {
            for (String value : VALUES) {
                check(operation, "{\"" + member + "\":" + value + "}", problems);
            }
        }
        StringBuilder allWrong = new StringBuilder("{");
        for (String member : members) {
            allWrong.append(allWrong.length() > 1 ? "," : "").append('"').append(member).append("\":[{\"x\":1}]");
        }
        check(operation, allWrong.append('}').toString(), problems);
        assertThat(problems).as("requests answered badly").isEmpty();
    }

    @Test
    void serverStillServesAfterTheBarrage() {
        Reply reply = t.wire.call("DescribeClusters", "{\"ClusterNames\":[\"c\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static void check(String operation, String body, List<String> problems) {
        Reply reply = t.wire.call(operation, body);
        boolean wellFormed = reply.header("x-amzn-RequestId") != null
                && (reply.status() == 200 || reply.status() == 400 && !reply.json().path("__type").asText().isEmpty());
        if (!wellFormed) {
            problems.add(reply.toString());
        }
    }
}
