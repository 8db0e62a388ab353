package org.daxkit.reference.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** What every answer of the reference looks like: AWS JSON errors and well-formed successes. */
final class AwsShape {
    private AwsShape() {
    }

    /** A 4xx with {@code {"__type","message"}}, x-amzn-ErrorType and a UUID x-amzn-RequestId. */
    static JsonNode assertAwsError(Answer answer) {
        assertThat(answer.status()).as("4xx status of %s", answer).isBetween(400, 499);
        JsonNode json = answer.json();
        assertThat(json.isObject()).as("JSON object body of %s", answer).isTrue();
        assertThat(json.path("__type").isTextual()).as("textual __type in %s", answer).isTrue();
        assertThat(json.path("__type").asText()).as("__type of %s", answer).isNotBlank();
        assertThat(json.path("message").isTextual()).as("textual message in %s", answer).isTrue();
        assertThat(json.path("message").asText()).as("message of %s", answer).isNotBlank();
        assertThat(answer.header("x-amzn-ErrorType")).as("x-amzn-ErrorType of %s", answer)
                .isEqualTo(json.path("__type").asText());
        assertThat(answer.header("Content-Type")).as("Content-Type of %s", answer).startsWith("application/");
        assertRequestId(answer);
        return json;
    }

    static JsonNode assertAwsError(Answer answer, int status, String type) {
        JsonNode json = assertAwsError(answer);
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(json.path("__type").asText()).as("__type of %s", answer).isEqualTo(type);
        return json;
    }

    /** A 2xx with a JSON object body, or an AWS-shaped 4xx; never anything else. */
    static void assertWellFormed(Answer answer) {
        if (answer.status() >= 200 && answer.status() < 300) {
            assertThat(answer.json().isObject()).as("JSON object body of %s", answer).isTrue();
            assertRequestId(answer);
        } else {
            assertAwsError(answer);
        }
    }

    private static void assertRequestId(Answer answer) {
        String id = answer.header("x-amzn-RequestId");
        assertThat(id).as("x-amzn-RequestId of %s", answer).isNotBlank();
        assertThat(UUID.fromString(id).toString()).as("x-amzn-RequestId of %s", answer).isEqualToIgnoringCase(id);
    }
}
