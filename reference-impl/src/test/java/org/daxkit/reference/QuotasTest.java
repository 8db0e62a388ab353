package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.NodeQuotaForClusterExceededException;
import software.amazon.awssdk.services.dax.model.NodeQuotaForCustomerExceededException;

/** The DAX quotas page: 11 nodes per cluster (a primary and ten replicas), 50 nodes per account and Region. */
class QuotasTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aClusterHasUpToElevenNodes() {
        Cluster eleven = t.availableCluster("eleven", 11);
        assertThat(eleven.totalNodes()).isEqualTo(11);
        assertThat(eleven.nodes().get(10).nodeId()).isEqualTo("eleven-k");

        t.availableCluster("grows", 1);
        t.dax.increaseReplicationFactor(b -> b.clusterName("grows").newReplicationFactor(11));
        t.server.completeTransitions();
        assertThat(t.describe("grows").totalNodes()).isEqualTo(11);
        assertFault("IncreaseReplicationFactor to 12", () -> t.dax.increaseReplicationFactor(b -> b
                        .clusterName("grows").newReplicationFactor(12)),
                NodeQuotaForClusterExceededException.class, "NodeQuotaForClusterExceededFault");
    }

    @Test
    void createClusterBeyondFiftyNodesInTheAccountFails() {
        for (int i = 0; i < 4; i++) {
            t.availableCluster("big" + i, 11);
        }
        assertFault("CreateCluster of 7 nodes with 44 in use", () -> t.dax.createCluster(b -> b.clusterName("over")
                        .nodeType("dax.r5.large").replicationFactor(7).iamRoleArn(TestServer.ROLE)),
                NodeQuotaForCustomerExceededException.class, "NodeQuotaForCustomerExceededFault");

        assertThat(t.availableCluster("fits", 6).totalNodes()).as("exactly 50 nodes is allowed").isEqualTo(6);
    }

    @Test
    void increaseBeyondFiftyNodesInTheAccountFails() {
        for (int i = 0; i < 4; i++) {
            t.availableCluster("big" + i, 11);
        }
        t.availableCluster("small", 3);
        assertFault("IncreaseReplicationFactor to 51 nodes in the account", () -> t.dax.increaseReplicationFactor(b -> b
                        .clusterName("small").newReplicationFactor(7)),
                NodeQuotaForCustomerExceededException.class, "NodeQuotaForCustomerExceededFault");
        t.dax.increaseReplicationFactor(b -> b.clusterName("small").newReplicationFactor(6));
        t.server.completeTransitions();
        assertThat(t.describe("small").totalNodes()).as("exactly 50 nodes is allowed").isEqualTo(6);
    }

    /** No cluster-count quota beyond the node quota: fifty one-node clusters fit, the fifty-first node does not. */
    @Test
    void theNodeQuotaIsTheOnlyAccountLimitOnClusters() {
        for (int i = 0; i < 50; i++) {
            String name = "n" + i;
            t.dax.createCluster(b -> b.clusterName(name).nodeType("dax.r5.large").replicationFactor(1)
                    .iamRoleArn(TestServer.ROLE));
        }
        assertThat(t.dax.describeClusters().clusters()).hasSize(50);
        assertFault("the fifty-first cluster", () -> t.dax.createCluster(b -> b.clusterName("n50")
                        .nodeType("dax.r5.large").replicationFactor(1).iamRoleArn(TestServer.ROLE)),
                NodeQuotaForCustomerExceededException.class, "NodeQuotaForCustomerExceededFault");
    }
}
