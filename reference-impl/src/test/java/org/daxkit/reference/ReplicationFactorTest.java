package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.NodeNotFoundException;
import software.amazon.awssdk.services.dax.model.NodeQuotaForClusterExceededException;

/** IncreaseReplicationFactor and DecreaseReplicationFactor: modifying, node endpoints, faults. */
class ReplicationFactorTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void increaseAddsCreatingNodesWithoutEndpointsUntilTheModifyCompletes() {
        t.availableCluster("grow", 1);

        Cluster modifying = t.dax.increaseReplicationFactor(b -> b.clusterName("grow").newReplicationFactor(3)).cluster();

        assertThat(modifying.status()).isEqualTo("modifying");
        assertThat(modifying.nodes()).extracting(Node::nodeId, Node::nodeStatus).containsExactly(
                tuple("grow-a", "available"), tuple("grow-b", "creating"), tuple("grow-c", "creating"));
        assertThat(modifying.nodes().get(1).endpoint()).as("a node being added has no endpoint").isNull();
        assertThat(modifying.nodes().get(1).nodeCreateTime()).as("nor a creation time").isNull();
        assertThat(modifying.activeNodes()).isEqualTo(1);
        assertFault("RebootNode while modifying", () -> t.dax.rebootNode(b -> b.clusterName("grow").nodeId("grow-a")),
                InvalidClusterStateException.class, "InvalidClusterStateFault");

        t.server.advanceClock(TestServer.MODIFY);
        Cluster grown = t.describe("grow");
        assertThat(grown.status()).isEqualTo("available");
        assertThat(grown.totalNodes()).isEqualTo(3);
        assertThat(grown.activeNodes()).isEqualTo(3);
        assertThat(grown.nodes()).allSatisfy(n -> assertThat(n.endpoint()).isNotNull());
    }

    @Test
    void decreaseWithoutIdsRemovesTheNewestNodes() {
        t.availableCluster("shrink", 3);

        Cluster modifying = t.dax.decreaseReplicationFactor(b -> b.clusterName("shrink").newReplicationFactor(1)).cluster();

        assertThat(modifying.status()).isEqualTo("modifying");
        assertThat(modifying.nodeIdsToRemove()).containsExactly("shrink-c", "shrink-b");
        // As the decrease-replication-factor example shows: the nodes still serve until the change completes.
        assertThat(modifying.nodes()).extracting(Node::nodeStatus).containsOnly("available");
        assertThat(modifying.nodes()).allSatisfy(n -> assertThat(n.endpoint()).isNotNull());
        assertThat(modifying.activeNodes()).isEqualTo(3);
        assertThat(modifying.totalNodes()).isEqualTo(3);
        t.server.completeTransitions();
        Cluster shrunk = t.describe("shrink");
        assertThat(shrunk.nodes()).extracting(Node::nodeId).containsExactly("shrink-a");
        assertThat(shrunk.nodeIdsToRemove()).isEmpty();
        assertThat(shrunk.totalNodes()).isEqualTo(1);
    }

    @Test
    void decreaseRemovesTheNamedNodesAndNewNodesGetFreshIds() {
        t.availableCluster("pick", 3);
        t.dax.decreaseReplicationFactor(b -> b.clusterName("pick").newReplicationFactor(2).nodeIdsToRemove("pick-a"));
        t.server.completeTransitions();
        t.dax.increaseReplicationFactor(b -> b.clusterName("pick").newReplicationFactor(3));
        t.server.completeTransitions();

        assertThat(t.describe("pick").nodes()).extracting(Node::nodeId).containsExactly("pick-b", "pick-c", "pick-d");
    }

    @Test
    void faultsOfBothOperations() {
        t.availableCluster("rf", 3);
        assertFault("Increase to the current factor", () -> t.dax.increaseReplicationFactor(b -> b.clusterName("rf")
                .newReplicationFactor(3)), InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("Increase to 12", () -> t.dax.increaseReplicationFactor(b -> b.clusterName("rf")
                .newReplicationFactor(12)), NodeQuotaForClusterExceededException.class, "NodeQuotaForClusterExceededFault");
        assertFault("Increase of an unknown cluster", () -> t.dax.increaseReplicationFactor(b -> b.clusterName("nope")
                .newReplicationFactor(4)), ClusterNotFoundException.class, "ClusterNotFoundFault");
        assertFault("Decrease to 0", () -> t.dax.decreaseReplicationFactor(b -> b.clusterName("rf")
                .newReplicationFactor(0)), InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("Decrease to the current factor", () -> t.dax.decreaseReplicationFactor(b -> b.clusterName("rf")
                .newReplicationFactor(3)), InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("Decrease to 12 (not a fault Decrease lists: NodeQuotaForClusterExceededFault)", () -> t.dax
                .decreaseReplicationFactor(b -> b.clusterName("rf").newReplicationFactor(12)),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("Decrease removing an unknown node", () -> t.dax.decreaseReplicationFactor(b -> b.clusterName("rf")
                .newReplicationFactor(2).nodeIdsToRemove("rf-q")), NodeNotFoundException.class, "NodeNotFoundFault");
        assertFault("Decrease naming two nodes for one removal", () -> t.dax.decreaseReplicationFactor(b -> b
                .clusterName("rf").newReplicationFactor(2).nodeIdsToRemove("rf-a", "rf-b")),
                InvalidParameterCombinationException.class, "InvalidParameterCombinationException");
        Reply missing = t.wire.call("IncreaseReplicationFactor", "{\"ClusterName\":\"rf\"}");
        assertThat(missing.json().path("__type").asText()).as(missing.toString()).isEqualTo("InvalidParameterValueException");

        t.dax.increaseReplicationFactor(b -> b.clusterName("rf").newReplicationFactor(4));
        assertFault("Decrease while modifying", () -> t.dax.decreaseReplicationFactor(b -> b.clusterName("rf")
                .newReplicationFactor(2)), InvalidClusterStateException.class, "InvalidClusterStateFault");
    }
}
