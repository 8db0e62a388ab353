package org.daxkit.conformance.checks.model;


import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.Node;
import software.amazon.awssdk.services.dax.model.ParameterGroupStatus;
import static org.assertj.core.api.Assertions.assertThat;

/** What the model allows DescribeClusters to show, state by state, without a target. */
class StateJudgeTest {
    private static final ClusterState TWO_NODES = ClusterState.available(List.of("c-a", "c-b"), Set.of());

    /** A cluster with the given status, ActiveNodes and nodes given as "id:status". */
    private static Cluster cluster(String status, Integer active, String... nodes) {
        List<Node> list = Arrays.stream(nodes).map(n -> n.split(":"))
                .map(p -> Node.builder().nodeId(p[0]).nodeStatus(p[1]).build()).toList();
        return Cluster.builder().clusterName("c").status(status).totalNodes(nodes.length).activeNodes(active)
                .nodes(list).build();
    }

    @Test
    void aSettledClusterMustShowExactlyThePredictedNodesAllAvailable() {
        assertThat(StateJudge.cluster(TWO_NODES, cluster("available", 2, "c-a:available", "c-b:available")).fits())
                .isTrue();
        assertThat(StateJudge.cluster(TWO_NODES, cluster("available", 2, "c-a:available", "c-x:available"))
                .mismatch()).contains("nodes [c-a, c-x] instead of [c-a, c-b]");
        assertThat(StateJudge.cluster(TWO_NODES, cluster("available", 1, "c-a:available", "c-b:available"))
                .mismatch()).contains("ActiveNodes 1 instead of 2");
        assertThat(StateJudge.cluster(TWO_NODES, cluster("available", 2, "c-a:rebooting", "c-b:available"))
                .fits()).as("a node nobody rebooted").isFalse();
    }

    @Test
    void aRebootingNodeMayBeAvailableAgainAndActiveNodesMayCountItOrNot() {
        ClusterState rebooting = TWO_NODES.rebootingToo("c-a");

        assertThat(StateJudge.cluster(rebooting, cluster("available", 2, "c-a:rebooting", "c-b:available")).fits())
                .isTrue();
        assertThat(StateJudge.cluster(rebooting, cluster("available", 1, "c-a:rebooting", "c-b:available")).fits())
                .isTrue();
        assertThat(StateJudge.cluster(rebooting, cluster("modifying", 1, "c-a:rebooting", "c-b:available")).fits())
                .as("RN-5.6 lets the cluster show modifying during a reboot").isTrue();
        assertThat(StateJudge.cluster(rebooting, cluster("available", 0, "c-a:rebooting", "c-b:available")).fits())
                .isFalse();
        Judgement over = StateJudge.cluster(rebooting, cluster("available", 2, "c-a:available", "c-b:available"));
        assertThat(over.fits()).isTrue();
        assertThat(over.state().rebooting()).as("a reboot seen over is over").isEmpty();
    }

    @Test
    void aCreatingClusterMayAlreadyBeAvailableWithItsNodeCount() {
        ClusterState creating = ClusterState.creating(2);

        assertThat(StateJudge.cluster(creating, cluster("creating", 0).toBuilder().totalNodes(2).build()).state())
                .isEqualTo(creating);
        assertThat(StateJudge.cluster(creating, cluster("creating", 0).toBuilder().totalNodes(3).build()).fits())
                .isFalse();
        Judgement ended = StateJudge.cluster(creating, cluster("available", 2, "c-a:available", "c-b:available"));
        assertThat(ended.state()).isEqualTo(TWO_NODES);
        assertThat(StateJudge.cluster(creating, cluster("available", 3, "c-a:available", "c-b:available",
                "c-c:available")).fits()).isFalse();
    }

    @Test
    void aGrowingClusterKeepsItsNodesAndItsNewOnesAreCreating() {
        ClusterState growing = TWO_NODES.modifying(3);

        assertThat(StateJudge.cluster(growing, cluster("modifying", 2, "c-a:available", "c-b:available",
                "c-c:creating")).fits()).isTrue();
        assertThat(StateJudge.cluster(growing, cluster("available", 3, "c-a:available", "c-b:available",
                "c-c:available")).state().ids()).containsExactly("c-a", "c-b", "c-c");
        assertThat(StateJudge.cluster(growing, cluster("available", 2, "c-a:available", "c-b:available")).fits())
                .as("the new node never came").isFalse();
        assertThat(StateJudge.cluster(growing, cluster("available", 3, "c-a:available", "c-c:available",
                "c-d:available")).fits()).as("a kept node went").isFalse();
    }

    @Test
    void aShrinkingClusterEndsWithNodesItHad() {
        ClusterState shrinking = TWO_NODES.modifying(1);

        assertThat(StateJudge.cluster(shrinking, cluster("modifying", 2, "c-a:available", "c-b:available")).fits())
                .isTrue();
        assertThat(StateJudge.cluster(shrinking, cluster("available", 1, "c-b:available")).state().ids())
                .containsExactly("c-b");
        assertThat(StateJudge.cluster(shrinking, cluster("available", 1, "c-z:available")).fits()).isFalse();
    }

    @Test
    void parameterStatusIsLeftToTheShouldLevelParameterChecks() {
        Cluster pending = cluster("available", 2, "c-a:available", "c-b:available").toBuilder()
                .parameterGroup(ParameterGroupStatus.builder().nodeIdsToReboot("c-a")
                        .parameterApplyStatus("pending-reboot").build()).build();

        // RN-7.1 (SHOULD) judges a fresh cluster's parameter status; RN-6.1 (MUST) must not fail it again
        assertThat(StateJudge.cluster(TWO_NODES, pending).fits()).isTrue();
    }

    @Test
    void aDeletingClusterShowsDeletingAndNoClusterShowsNone() {
        assertThat(StateJudge.cluster(TWO_NODES.deleting(), cluster("deleting", 0)).fits()).isTrue();
        assertThat(StateJudge.cluster(TWO_NODES.deleting(), cluster("available", 2, "c-a:available",
                "c-b:available")).fits()).isFalse();
        assertThat(StateJudge.cluster(ClusterState.gone(), cluster("creating", 0)).fits()).isFalse();
    }
}
