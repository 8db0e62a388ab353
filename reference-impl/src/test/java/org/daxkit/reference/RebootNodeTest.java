package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.time.Duration;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.Event;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.ParameterNameValue;
import software.amazon.awssdk.services.dax.model.NodeNotFoundException;
import software.amazon.awssdk.services.dax.model.ServiceLinkedRoleNotFoundException;

/** RebootNode through the real SDK: success, every fault, the documented validation order. */
class RebootNodeTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void rebootMarksOnlyThatNodeRebootingAndTheClusterStaysAvailable() {
        t.availableCluster("reb", 3);

        Cluster cluster = t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-b")).cluster();

        assertThat(cluster.status()).as("cluster Status during a reboot").isEqualTo("available");
        assertThat(cluster.nodes()).extracting(Node::nodeId, Node::nodeStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reb-a", "available"),
                org.assertj.core.groups.Tuple.tuple("reb-b", "rebooting"),
                org.assertj.core.groups.Tuple.tuple("reb-c", "available"));
        assertThat(cluster.activeNodes()).as("ActiveNodes counts available nodes only").isEqualTo(2);
        assertThat(cluster.totalNodes()).isEqualTo(3);
        assertThat(t.describe("reb").nodes().get(1).nodeStatus()).isEqualTo("rebooting");
    }

    @Test
    void nodeIsAvailableAgainAfterTheRebootDurationAndEventsAreRecorded() {
        t.availableCluster("reb", 1);
        t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a"));

        t.server.advanceClock(TestServer.REBOOT.minusSeconds(1));
        assertThat(t.describe("reb").nodes().get(0).nodeStatus()).as("one second before the reboot ends")
                .isEqualTo("rebooting");
        t.server.advanceClock(Duration.ofSeconds(1));

        Cluster cluster = t.describe("reb");
        assertThat(cluster.nodes().get(0).nodeStatus()).isEqualTo("available");
        assertThat(cluster.activeNodes()).isEqualTo(1);
        assertThat(t.dax.describeEvents(b -> b.sourceName("reb")).events()).extracting(Event::message)
                .contains("Reboot started for node reb-a", "Reboot finished for node reb-a");
    }

    @Test
    void rebootingARebootingNodeSucceedsAndRestartsTheReboot() {
        t.availableCluster("reb", 1);
        t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a"));
        t.server.advanceClock(TestServer.REBOOT.minusSeconds(10));

        Cluster again = t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a")).cluster();
        assertThat(again.nodes().get(0).nodeStatus()).isEqualTo("rebooting");

        t.server.advanceClock(Duration.ofSeconds(20));
        assertThat(t.describe("reb").nodes().get(0).nodeStatus())
                .as("the second reboot restarted the clock, so 20s later the node still reboots")
                .isEqualTo("rebooting");
        t.server.advanceClock(TestServer.REBOOT);
        assertThat(t.describe("reb").nodes().get(0).nodeStatus()).isEqualTo("available");
    }

    @Test
    void clusterNamesAreCaseInsensitive() {
        t.availableCluster("reb", 1);
        assertThat(t.dax.rebootNode(b -> b.clusterName("REB").nodeId("reb-a")).cluster().clusterName())
                .isEqualTo("reb");
    }

    @Test
    void missingOrEmptyOrMalformedParametersAreInvalidParameterValue() {
        t.availableCluster("reb", 1);
        assertFault("RebootNode without NodeId", () -> t.dax.rebootNode(b -> b.clusterName("reb")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode without ClusterName", () -> t.dax.rebootNode(b -> b.nodeId("reb-a")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode with empty ClusterName", () -> t.dax.rebootNode(b -> b.clusterName("").nodeId("reb-a")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode with empty NodeId", () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode with ClusterName 'a--b'", () -> t.dax.rebootNode(b -> b.clusterName("a--b").nodeId("x")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode with NodeId 'reb_a'", () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb_a")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode with a 65-character NodeId",
                () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("n".repeat(65))),
                InvalidParameterValueException.class, "InvalidParameterValueException");
    }

    @Test
    void unknownClusterIsClusterNotFound() {
        assertFault("RebootNode on cluster 'nosuch'", () -> t.dax.rebootNode(b -> b.clusterName("nosuch").nodeId("nosuch-a")),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
    }

    @Test
    void unknownNodeIsNodeNotFound() {
        t.availableCluster("reb", 1);
        assertFault("RebootNode on node reb-z", () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-z")),
                NodeNotFoundException.class, "NodeNotFoundFault");
    }

    @Test
    void clusterNotAvailableIsInvalidClusterState() {
        t.dax.createCluster(b -> b.clusterName("creating").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE));
        assertFault("RebootNode while the cluster is creating",
                () -> t.dax.rebootNode(b -> b.clusterName("creating").nodeId("creating-a")),
                InvalidClusterStateException.class, "InvalidClusterStateFault");
    }

    @Test
    void missingServiceLinkedRoleFailsAfterParameterValidation() {
        t.availableCluster("reb", 1);
        t.wire.control("PUT", "/service-linked-role", "{\"present\":false}");

        assertFault("RebootNode without the service-linked role",
                () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a")),
                ServiceLinkedRoleNotFoundException.class, "ServiceLinkedRoleNotFoundFault");
        assertFault("RebootNode with a malformed NodeId and no role (parameters come first)",
                () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("bad id")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("RebootNode on an unknown cluster and no role (cluster lookup comes first)",
                () -> t.dax.rebootNode(b -> b.clusterName("nosuch").nodeId("nosuch-a")),
                ClusterNotFoundException.class, "ClusterNotFoundFault");
        assertFault("RebootNode on an unknown node and no role (role comes before node lookup)",
                () -> t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-q")),
                ServiceLinkedRoleNotFoundException.class, "ServiceLinkedRoleNotFoundFault");

        t.wire.control("PUT", "/service-linked-role", "{\"present\":true}");
        assertThat(t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a")).cluster().status())
                .isEqualTo("available");
    }

    @Test
    void clusterStateIsCheckedBeforeTheNode() {
        t.dax.createCluster(b -> b.clusterName("creating").nodeType("dax.r5.large").replicationFactor(1)
                .iamRoleArn(TestServer.ROLE));
        assertFault("RebootNode on an unknown node of a creating cluster",
                () -> t.dax.rebootNode(b -> b.clusterName("creating").nodeId("creating-z")),
                InvalidClusterStateException.class, "InvalidClusterStateFault");
    }

    @Test
    void rebootTakesTheNodeOffTheParameterRebootListWhenItFinishes() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.dax.createCluster(b -> b.clusterName("reb").nodeType("dax.r5.large").replicationFactor(2)
                .iamRoleArn(TestServer.ROLE).parameterGroupName("pg"));
        t.server.completeTransitions();
        t.dax.updateParameterGroup(b -> b.parameterGroupName("pg")
                .parameterNameValues(value("query-ttl-millis", "1000")));
        assertThat(t.describe("reb").parameterGroup().nodeIdsToReboot()).containsExactly("reb-a", "reb-b");

        t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a"));
        t.server.completeTransitions();

        Cluster cluster = t.describe("reb");
        assertThat(cluster.parameterGroup().nodeIdsToReboot()).containsExactly("reb-b");
        assertThat(cluster.parameterGroup().parameterApplyStatus()).isEqualTo("pending-reboot");
        assertThat(cluster.nodes()).extracting(Node::parameterGroupStatus).containsExactly("in-sync", "pending-reboot");

        t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-b"));
        t.server.completeTransitions();
        assertThat(t.describe("reb").parameterGroup().parameterApplyStatus()).isEqualTo("in-sync");
        assertThat(t.describe("reb").parameterGroup().nodeIdsToReboot()).isEmpty();
    }

    private static ParameterNameValue value(String name, String value) {
        return ParameterNameValue.builder().parameterName(name).parameterValue(value).build();
    }
}
