package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.DaxException;

/** Every control API route, and its bad input. */
class ControlApiTest {
    /** A fixed clock: only the control API moves server time here, so "1 ms before due" is exact. */
    private final TestServer t = new TestServer(ReferenceServer.builder().region("eu-west-1").accountId("111122223333")
            .clock(Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC)));

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void infoDescribesTheServer() {
        Reply reply = ok(t.wire.control("GET", "/info", null));
        JsonNode info = reply.json();
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
        assertThat(info.path("server").asText()).isEqualTo("dax-reference-impl");
        assertThat(info.path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(info.path("region").asText()).isEqualTo("eu-west-1");
        assertThat(info.path("accountId").asText()).isEqualTo("111122223333");
        assertThat(info.path("capabilities").toString()).isEqualTo(
                "[\"createClusters\",\"faultInjection\",\"instantTransitions\",\"clock\",\"serviceLinkedRole\","
                        + "\"pendingReboot\"]");
        assertThat(info.path("durations").path("createMillis").asLong()).isEqualTo(TestServer.CREATE.toMillis());
        assertThat(info.path("durations").path("rebootMillis").asLong()).isEqualTo(TestServer.REBOOT.toMillis());
        assertThat(info.path("durations").path("modifyMillis").asLong()).isEqualTo(TestServer.MODIFY.toMillis());
        assertThat(info.path("durations").path("deleteMillis").asLong()).isEqualTo(TestServer.DELETE.toMillis());
    }

    @Test
    void transitionsCompleteOnRequest() {
        t.dax.createCluster(b -> b.clusterName("c").nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE));
        assertThat(ok(t.wire.control("POST", "/transitions/complete", null)).json().path("completed").asInt())
                .as("the cluster and its node completed").isEqualTo(2);
        assertThat(t.describe("c").status()).isEqualTo("available");
    }

    @Test
    void clockAdvanceCompletesDueTransitionsOnly() {
        t.dax.createCluster(b -> b.clusterName("c").nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE));
        ok(t.wire.control("POST", "/clock/advance", "{\"millis\":" + (TestServer.CREATE.toMillis() - 1) + "}"));
        assertThat(t.describe("c").status()).isEqualTo("creating");
        JsonNode advanced = ok(t.wire.control("POST", "/clock/advance", "{\"millis\":1}")).json();
        assertThat(advanced.path("completed").asInt()).isEqualTo(2);
        assertThat(t.describe("c").status()).isEqualTo("available");

        badRequest(t.wire.control("POST", "/clock/advance", "{\"millis\":-5}"), "millis");
        badRequest(t.wire.control("POST", "/clock/advance", "{\"millis\":\"5\"}"), "millis");
        badRequest(t.wire.control("POST", "/clock/advance", "{}"), "millis");
    }

    @Test
    void resetClearsEverythingAndRestoresTheRole() {
        t.availableCluster("c", 1);
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.wire.control("PUT", "/service-linked-role", "{\"present\":false}");
        t.wire.control("POST", "/faults", "{\"operation\":\"DescribeClusters\",\"code\":\"ClusterNotFoundFault\",\"count\":5}");

        ok(t.wire.control("POST", "/reset", null));

        assertThat(t.dax.describeClusters().clusters()).isEmpty();
        assertThat(t.dax.describeParameterGroups().parameterGroups()).hasSize(1);
        assertThat(t.dax.describeEvents().events()).isEmpty();
        assertThat(ok(t.wire.control("GET", "/faults", null)).json().path("faults").size()).isZero();
        t.availableCluster("c", 1);
        assertThat(t.dax.rebootNode(b -> b.clusterName("c").nodeId("c-a")).cluster()).isNotNull();
    }

    @Test
    void injectedFaultsFailTheNextCallsThenStop() {
        JsonNode injected = ok(t.wire.control("POST", "/faults",
                "{\"operation\":\"DescribeClusters\",\"code\":\"ClusterNotFoundFault\",\"count\":2,\"message\":\"boom\"}")).json();
        assertThat(injected.path("count").asInt()).isEqualTo(2);

        DaxException first = assertFault("DescribeClusters with an injected fault", () -> t.dax.describeClusters(),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
        assertThat(first.awsErrorDetails().errorMessage()).isEqualTo("boom");
        assertFault("the second DescribeClusters", () -> t.dax.describeClusters(), ClusterNotFoundException.class,
                "ClusterNotFoundFault");
        assertThat(t.dax.describeClusters().clusters()).as("the third call is normal again").isEmpty();
    }

    @Test
    void injectedFaultsComeBeforeAnyOtherProcessingAndCanBeCleared() {
        t.wire.control("POST", "/faults", "{\"operation\":\"RebootNode\",\"code\":\"InvalidParameterCombinationException\"}");
        Reply reply = t.wire.call("RebootNode", "not even json");
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isEqualTo("InvalidParameterCombinationException");

        t.wire.control("POST", "/faults", "{\"operation\":\"RebootNode\",\"code\":\"ServiceLinkedRoleNotFoundFault\",\"count\":3}");
        assertThat(ok(t.wire.control("DELETE", "/faults", null)).json().path("cleared").asInt()).isEqualTo(1);
        assertThat(t.wire.call("RebootNode", "{}").json().path("__type").asText())
                .isEqualTo("InvalidParameterValueException");
    }

    @Test
    void faultInjectionRejectsUnknownOperationsAndUnmodeledCodes() {
        Reply unmodeled = badRequest(t.wire.control("POST", "/faults",
                "{\"operation\":\"RebootNode\",\"code\":\"SubnetInUse\"}"), "valid codes");
        assertThat(unmodeled.body()).contains("NodeNotFoundFault", "ServiceLinkedRoleNotFoundFault");
        badRequest(t.wire.control("POST", "/faults", "{\"operation\":\"Nope\",\"code\":\"NodeNotFoundFault\"}"),
                "valid operations");
        badRequest(t.wire.control("POST", "/faults", "{\"operation\":\"RebootNode\",\"code\":\"NodeNotFoundFault\",\"count\":0}"),
                "count");
        badRequest(t.wire.control("POST", "/faults", "{\"code\":\"NodeNotFoundFault\"}"), "operation");
        Reply notJson = t.wire.control("POST", "/faults", "{");
        assertThat(notJson.status()).as(notJson.toString()).isEqualTo(400);
    }

    @Test
    void serviceLinkedRoleToggleValidatesItsBody() {
        assertThat(ok(t.wire.control("PUT", "/service-linked-role", "{\"present\":false}")).json().path("present")
                .asBoolean()).isFalse();
        badRequest(t.wire.control("PUT", "/service-linked-role", "{\"present\":\"no\"}"), "present");
    }

    @Test
    void unknownRoutesAndMethodsAreRejected() {
        Reply unknown = t.wire.control("GET", "/nothing", null);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().path("__type").asText()).isEqualTo("NotFound");
        Reply wrongMethod = t.wire.control("GET", "/reset", null);
        assertThat(wrongMethod.status()).as(wrongMethod.toString()).isEqualTo(405);
        assertThat(wrongMethod.json().path("message").asText()).contains("POST");
    }

    /** Control errors take the same shape as DAX errors: the type in x-amzn-ErrorType and in __type. */
    @Test
    void errorsCarryTheirTypeInTheHeaderAndTheBody() {
        Reply unknown = controlError(t.wire.control("GET", "/nothing", null), 404, "NotFound");
        assertThat(unknown.json().path("message").asText()).isEqualTo("No control route /_control/nothing; routes: "
                + "[GET /_control/info, POST /_control/reset, POST /_control/transitions/complete, "
                + "POST /_control/clock/advance, POST /_control/faults, GET /_control/faults, "
                + "DELETE /_control/faults, PUT /_control/service-linked-role, POST /_control/pending-reboot]");
        Reply wrongMethod = controlError(t.wire.control("PUT", "/faults", null), 405, "MethodNotAllowed");
        assertThat(wrongMethod.json().path("message").asText())
                .isEqualTo("PUT is not allowed on /_control/faults; allowed: [POST, GET, DELETE]");
        controlError(t.wire.control("POST", "/clock/advance", "{\"millis\":-1}"), 400, "BadControlRequest");
        controlError(t.wire.control("POST", "/pending-reboot", "{\"clusterName\":\"none\"}"), 400,
                "ClusterNotFoundFault");
    }

    private static Reply controlError(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("x-amzn-ErrorType")).as(reply.toString()).isEqualTo(type);
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isEqualTo(type);
        assertThat(reply.header("Content-Type")).as(reply.toString()).isEqualTo("application/json");
        assertThat(reply.header("x-amzn-RequestId")).as(reply.toString()).isNotBlank();
        return reply;
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("x-amzn-RequestId")).as(reply.toString()).isNotBlank();
        return reply;
    }

    private static Reply badRequest(Reply reply, String messageMentions) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isNotBlank();
        assertThat(reply.json().path("message").asText()).as(reply.toString()).contains(messageMentions);
        return reply;
    }
}
