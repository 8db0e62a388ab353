package org.daxkit.stubs;

import org.daxkit.stubs.junit.DaxStubsExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.Node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daxkit.stubs.StubInputs.CLUSTER;
import static org.daxkit.stubs.StubInputs.IAM_ROLE_ARN;
import static org.daxkit.stubs.StubInputs.NODE_TYPE;
import static org.daxkit.stubs.StubInputs.NODE;
import static org.daxkit.stubs.StubInputs.REPLICATION_FACTOR;

/** The recorded create and delete scenarios through the real DaxClient. */
class ClusterLifecycleScenarioTest {
    @RegisterExtension
    static final DaxStubsExtension STUBS = DaxStubsExtension.builder().build();

    private DaxClient dax;

    @BeforeEach
    void client() {
        dax = DaxClients.forEndpoint(STUBS.endpoint());
    }

    @AfterEach
    void close() {
        dax.close();
    }

    @Test
    void createdClusterIsCreatingOnceThenAvailableWithThreeNodes() {
        Cluster created = dax.createCluster(r -> r.clusterName(CLUSTER).nodeType(NODE_TYPE)
                .replicationFactor(REPLICATION_FACTOR).iamRoleArn(IAM_ROLE_ARN)).cluster();
        assertThat(created.status()).isEqualTo("creating");
        assertThat(created.totalNodes()).isEqualTo(REPLICATION_FACTOR);

        assertThat(describe().status()).as("first DescribeClusters after CreateCluster").isEqualTo("creating");

        Cluster available = describe();
        assertThat(available.status()).as("second DescribeClusters after CreateCluster").isEqualTo("available");
        assertThat(available.nodes()).extracting(Node::nodeId).containsExactlyElementsOf(StubInputs.NODES);
        assertThat(available.nodes()).extracting(Node::nodeStatus).containsOnly("available");
    }

    @Test
    void deletedClusterIsDeletingOnceThenGone() {
        assertThat(dax.deleteCluster(r -> r.clusterName(CLUSTER)).cluster().status()).isEqualTo("deleting");

        assertThat(describe().status()).as("first DescribeClusters after DeleteCluster").isEqualTo("deleting");

        assertThatThrownBy(this::describe).as("second DescribeClusters after DeleteCluster")
                .isInstanceOf(ClusterNotFoundException.class);
        assertThatThrownBy(() -> dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE)))
                .as("RebootNode after the cluster is gone")
                .isInstanceOf(ClusterNotFoundException.class);
    }

    private Cluster describe() {
        return dax.describeClusters(r -> r.clusterNames(CLUSTER)).clusters().get(0);
    }
}
