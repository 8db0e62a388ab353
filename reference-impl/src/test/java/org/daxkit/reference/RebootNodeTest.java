package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.Event;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Node;
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
        // The test clock stands still unless advanced: the reboot starts when the node was created.
        Instant rebootStart = t.availableCluster("reb", 1).nodes().get(0).nodeCreateTime();
        t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a"));

        t.server.advanceClock(TestServer.REBOOT.minusSeconds(1));
        assertThat(t.describe("reb").nodes().get(0).nodeStatus()).as("one second before the reboot ends")
                .isEqualTo("rebooting");
        t.server.advanceClock(Duration.ofSeconds(1));

        Cluster cluster = t.describe("reb");
        assertThat(cluster.nodes().get(0).nodeStatus()).isEqualTo("available");
        assertThat(cluster.activeNodes()).isEqualTo(1);
        List<Event> events = t.dax.describeEvents(b -> b.sourceName("reb")).events();
        assertThat(events).extracting(Event::message).as("newest first")
                .containsSubsequence("Node reb-a rebooted.", "Rebooting node reb-a.", "Cluster created.");
        assertThat(events).filteredOn(e -> e.message().contains("reb-a")).extracting(Event::date)
                .as("both reboot events fall within the reboot window")
                .allSatisfy(date -> assertThat(date).isBetween(rebootStart, rebootStart.plus(TestServer.REBOOT)));
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

    /** Choice: reboots may overlap; each node reboots on its own and ActiveNodes counts the available ones. */
    @Test
    void anotherNodeMayRebootWhileOneReboots() {
        t.availableCluster("reb", 2);
        t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-a"));
        t.server.advanceClock(Duration.ofMinutes(30));

        Cluster both = t.dax.rebootNode(b -> b.clusterName("reb").nodeId("reb-b")).cluster();

        assertThat(both.status()).isEqualTo("available");
        assertThat(both.nodes()).extracting(Node::nodeStatus).containsExactly("rebooting", "rebooting");
        assertThat(both.activeNodes()).isZero();
        t.server.advanceClock(TestServer.REBOOT.minusMinutes(30));
        assertThat(t.describe("reb").nodes()).extracting(Node::nodeStatus).as("a's reboot ends first")
                .containsExactly("available", "rebooting");
        t.server.advanceClock(Duration.ofMinutes(30));
        assertThat(t.describe("reb").activeNodes()).isEqualTo(2);
    }

}
