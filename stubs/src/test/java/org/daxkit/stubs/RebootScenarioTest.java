package org.daxkit.stubs;

import org.daxkit.stubs.junit.DaxStubsExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.stubs.StubInputs.CLUSTER;
import static org.daxkit.stubs.StubInputs.NODE;

/** The recorded reboots, walked through the real DaxClient: available, rebooting, available again. */
class RebootScenarioTest {
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

    static List<String> nodes() {
        return StubInputs.NODES;
    }

    @ParameterizedTest(name = "reboot {0}")
    @MethodSource("nodes")
    void rebootWalksFromAvailableThroughRebootingBackToAvailable(String nodeId) {
        assertThat(nodeStatuses(describe())).as("before the reboot").containsOnly("available");

        RebootNodeResponse reboot = dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(nodeId));
        assertThat(reboot.cluster().clusterName()).isEqualTo(CLUSTER);
        assertThat(reboot.cluster().status()).as("cluster status during a node reboot").isEqualTo("available");
        assertThat(statusByNode(reboot.cluster())).as("RebootNode response").isEqualTo(onlyRebooting(nodeId));

        Cluster during = describe();
        assertThat(statusByNode(during)).as("first DescribeClusters after RebootNode").isEqualTo(onlyRebooting(nodeId));
        assertThat(during.activeNodes()).as("ActiveNodes while one of three nodes reboots").isEqualTo(2);

        Cluster after = describe();
        assertThat(nodeStatuses(after)).as("second DescribeClusters after RebootNode").containsOnly("available");
        assertThat(after.activeNodes()).isEqualTo(3);
    }

    @Test
    void nodesRebootOneAfterAnother() {
        for (String nodeId : StubInputs.NODES) {
            dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(nodeId));
            assertThat(statusByNode(describe())).as("after RebootNode %s", nodeId).isEqualTo(onlyRebooting(nodeId));
            assertThat(nodeStatuses(describe())).as("once %s is back", nodeId).containsOnly("available");
        }
    }

    @Test
    void rebootingANodeThatIsAlreadyRebootingSucceedsAndKeepsItRebooting() {
        dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE));

        RebootNodeResponse again = dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE));

        assertThat(node(again.cluster(), NODE).nodeStatus()).isEqualTo("rebooting");
        assertThat(node(describe(), NODE).nodeStatus()).isEqualTo("rebooting");
    }

    @Test
    void describeAllClustersFollowsTheSameScenario() {
        assertThat(dax.describeClusters(r -> { }).clusters()).extracting(Cluster::clusterName).containsExactly(CLUSTER);

        dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE));

        Cluster during = dax.describeClusters(r -> { }).clusters().get(0);
        assertThat(node(during, NODE).nodeStatus()).isEqualTo("rebooting");
        assertThat(nodeStatuses(dax.describeClusters(r -> { }).clusters().get(0))).containsOnly("available");
    }

    private Cluster describe() {
        return dax.describeClusters(r -> r.clusterNames(CLUSTER)).clusters().get(0);
    }

    private static List<String> nodeStatuses(Cluster cluster) {
        assertThat(cluster.nodes()).extracting(Node::nodeId).containsExactlyElementsOf(StubInputs.NODES);
        return cluster.nodes().stream().map(Node::nodeStatus).toList();
    }

    private static Map<String, String> statusByNode(Cluster cluster) {
        Map<String, String> statuses = new LinkedHashMap<>();
        cluster.nodes().forEach(n -> statuses.put(n.nodeId(), n.nodeStatus()));
        return statuses;
    }

    private static Map<String, String> onlyRebooting(String nodeId) {
        Map<String, String> statuses = new LinkedHashMap<>();
        StubInputs.NODES.forEach(n -> statuses.put(n, n.equals(nodeId) ? "rebooting" : "available"));
        return statuses;
    }

    private static Node node(Cluster cluster, String nodeId) {
        return cluster.nodes().stream().filter(n -> n.nodeId().equals(nodeId)).findFirst()
                .orElseThrow(() -> new AssertionError("Expecting node " + nodeId + " in " + cluster));
    }
}
