package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;

/**
 * The pending-reboot state: reached through UpdateCluster with another parameter group (the kit's choice)
 * or the control API, and left node by node as reboots finish.
 */
class PendingRebootTest {
    private final TestServer t = new TestServer();

    @BeforeEach
    void cluster() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.availableCluster("pr", 2);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void anotherParameterGroupPutsEveryNodePendingReboot() {
        Cluster updated = t.dax.updateCluster(b -> b.clusterName("pr").parameterGroupName("pg")).cluster();

        assertThat(updated.status()).isEqualTo("available");
        assertThat(updated.parameterGroup().parameterGroupName()).isEqualTo("pg");
        assertThat(updated.parameterGroup().parameterApplyStatus()).isEqualTo("pending-reboot");
        assertThat(updated.parameterGroup().nodeIdsToReboot()).containsExactly("pr-a", "pr-b");
        assertThat(updated.nodes()).extracting(Node::parameterGroupStatus).containsOnly("pending-reboot");
    }

    @Test
    void theSameParameterGroupChangesNothing() {
        Cluster updated = t.dax.updateCluster(b -> b.clusterName("pr").parameterGroupName("default.dax1.0")).cluster();

        assertThat(updated.parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
        assertThat(updated.parameterGroup().nodeIdsToReboot()).isEmpty();
    }

    @Test
    void eachFinishedRebootTakesItsNodeOffTheListAndTheLastOneBringsInSync() {
        t.dax.updateCluster(b -> b.clusterName("pr").parameterGroupName("pg"));

        t.dax.rebootNode(b -> b.clusterName("pr").nodeId("pr-a"));
        assertThat(t.describe("pr").parameterGroup().nodeIdsToReboot()).as("still listed while the node reboots")
                .containsExactly("pr-a", "pr-b");
        t.server.completeTransitions();
        Cluster half = t.describe("pr");
        assertThat(half.parameterGroup().nodeIdsToReboot()).containsExactly("pr-b");
        assertThat(half.parameterGroup().parameterApplyStatus()).isEqualTo("pending-reboot");
        assertThat(half.nodes()).extracting(Node::parameterGroupStatus).containsExactly("in-sync", "pending-reboot");

        t.dax.rebootNode(b -> b.clusterName("pr").nodeId("pr-b"));
        t.server.completeTransitions();
        Cluster done = t.describe("pr");
        assertThat(done.parameterGroup().nodeIdsToReboot()).isEmpty();
        assertThat(done.parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
        assertThat(done.nodes()).extracting(Node::parameterGroupStatus).containsOnly("in-sync");
    }

    @Test
    void theControlApiPutsAllNodesPendingReboot() {
        Reply reply = t.wire.control("POST", "/pending-reboot", "{\"clusterName\":\"PR\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("nodeIdsToReboot").toString()).isEqualTo("[\"pr-a\",\"pr-b\"]");
        Cluster cluster = t.describe("pr");
        assertThat(cluster.parameterGroup().parameterApplyStatus()).isEqualTo("pending-reboot");
        assertThat(cluster.parameterGroup().nodeIdsToReboot()).containsExactly("pr-a", "pr-b");
    }

    @Test
    void theControlApiPutsTheNamedNodesPendingRebootAndARebootClearsThem() {
        Reply reply = t.wire.control("POST", "/pending-reboot", "{\"clusterName\":\"pr\",\"nodeIds\":[\"pr-b\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(t.describe("pr").nodes()).extracting(Node::parameterGroupStatus)
                .containsExactly("in-sync", "pending-reboot");

        t.dax.rebootNode(b -> b.clusterName("pr").nodeId("pr-b"));
        t.server.completeTransitions();
        assertThat(t.describe("pr").parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
    }

    static Stream<Arguments> badControlRequests() {
        return Stream.of(
                Arguments.of("{}", "BadControlRequest"),
                Arguments.of("{\"clusterName\":7}", "BadControlRequest"),
                Arguments.of("{\"clusterName\":\"pr\",\"nodeIds\":[]}", "BadControlRequest"),
                Arguments.of("{\"clusterName\":\"pr\",\"nodeIds\":\"pr-a\"}", "BadControlRequest"),
                Arguments.of("{\"clusterName\":\"pr\",\"nodeIds\":[1]}", "BadControlRequest"),
                Arguments.of("{\"clusterName\":\"pr\",\"nodeIds\":[\"pr-z\"]}", "BadControlRequest"),
                Arguments.of("{\"clusterName\":\"nope\"}", "ClusterNotFoundFault"));
    }

    @ParameterizedTest
    @MethodSource("badControlRequests")
    void badControlRequestsAre400AndChangeNothing(String body, String type) {
        Reply reply = t.wire.control("POST", "/pending-reboot", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("__type").asText()).as(reply.toString()).isEqualTo(type);
        assertThat(reply.header("x-amzn-ErrorType")).isEqualTo(type);
        assertThat(t.describe("pr").parameterGroup().nodeIdsToReboot()).isEmpty();
    }
}
