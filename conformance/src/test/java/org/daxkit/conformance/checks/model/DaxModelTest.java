package org.daxkit.conformance.checks.model;


import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The model's predictions, phase by phase, without a target. */
class DaxModelTest {
    private static final String NAME = "cfmodel-1";
    private static final ClusterState TWO_NODES = ClusterState.available(List.of("cfmodel-1-a", "cfmodel-1-b"), Set.of());

    private static Prediction predict(Command c, ClusterState s) {
        return DaxModel.predict(c, Intent.resolve(c, s, NAME), s, NAME);
    }

    @Test
    void rebootOfANodeOfAnAvailableClusterSucceedsAndTheNodeIsRebooting() {
        Prediction p = predict(new Command.Reboot(0, 3), TWO_NODES);

        assertThat(p.expected()).isEqualTo(Prediction.SUCCESS);
        assertThat(p.alsoAllowed()).isEmpty();
        assertThat(p.onSuccess().rebooting()).containsExactly("cfmodel-1-b");
    }

    @Test
    void whileANodeMayBeRebootingAnotherRebootMaySucceedOrBeRefusedAsInvalidState() {
        ClusterState rebooting = TWO_NODES.rebootingToo("cfmodel-1-a");

        Prediction same = predict(new Command.Reboot(0, 0), rebooting);
        Prediction other = predict(new Command.Reboot(0, 1), rebooting);

        assertThat(same.expected()).isEqualTo(Prediction.SUCCESS);
        assertThat(same.alsoAllowed()).containsExactly("InvalidClusterStateFault");
        assertThat(other.alsoAllowed()).containsExactly("InvalidClusterStateFault");
        assertThat(other.onSuccess().rebooting()).containsExactlyInAnyOrder("cfmodel-1-a", "cfmodel-1-b");
    }

    @Test
    void aClusterInTransitionRefusesEveryChangeAsInvalidState() {
        for (ClusterState s : List.of(ClusterState.creating(3), TWO_NODES.modifying(3), TWO_NODES.deleting())) {
            for (Command c : List.of(new Command.Reboot(0, 0), new Command.Increase(0, 1), new Command.Delete(0))) {
                assertThat(predict(c, s).expected()).as(c + " while " + s).isEqualTo("InvalidClusterStateFault");
                assertThat(predict(c, s).alsoAllowed()).as(c + " while " + s).isEmpty();
            }
        }
    }

    @Test
    void anUnknownNodeOfAClusterInTransitionMayBeEitherFault() {
        Prediction p = predict(new Command.RebootUnknownNode(0), TWO_NODES.modifying(1));

        assertThat(p.expected()).isEqualTo("InvalidClusterStateFault");
        assertThat(p.alsoAllowed()).containsExactly("NodeNotFoundFault");
        assertThat(predict(new Command.RebootUnknownNode(0), TWO_NODES).expected()).isEqualTo("NodeNotFoundFault");
    }

    @Test
    void noClusterIsClusterNotFoundAndANameInUseIsClusterAlreadyExists() {
        assertThat(predict(new Command.Reboot(0, 0), ClusterState.gone()).expected()).isEqualTo("ClusterNotFoundFault");
        assertThat(predict(new Command.Decrease(0, 1), ClusterState.gone()).expected()).isEqualTo("ClusterNotFoundFault");
        assertThat(predict(new Command.Create(0, 2), ClusterState.gone()).onSuccess())
                .isEqualTo(ClusterState.creating(2));
        for (ClusterState s : List.of(ClusterState.creating(1), TWO_NODES, TWO_NODES.modifying(1), TWO_NODES.deleting())) {
            assertThat(predict(new Command.Create(0, 1), s).expected()).as("in use: " + s)
                    .isEqualTo("ClusterAlreadyExistsFault");
        }
    }

    @Test
    void replicationFactorChangesStayBetweenOneAndTheSequenceLimit() {
        assertThat(Intent.resolve(new Command.Increase(0, 2), TWO_NODES, NAME).factor()).isEqualTo(Commands.MAX_NODES);
        assertThat(Intent.resolve(new Command.Decrease(0, 2), TWO_NODES, NAME).factor()).isEqualTo(1);
        ClusterState full = ClusterState.available(List.of("x-a", "x-b", "x-c", "x-d"), Set.of());
        assertThat(Intent.resolve(new Command.Increase(0, 1), full, NAME)).isNull();
        assertThat(Intent.resolve(new Command.Decrease(0, 1), ClusterState.available(List.of("x-a"), Set.of()), NAME))
                .isNull();
        assertThat(predict(new Command.Increase(0, 1), TWO_NODES).onSuccess()).isEqualTo(TWO_NODES.modifying(3));
    }

    @Test
    void aNodeIndexIsResolvedModuloTheNodesTheClusterHas() {
        assertThat(Intent.resolve(new Command.Reboot(0, 2), TWO_NODES, NAME).nodeId()).isEqualTo("cfmodel-1-a");
        assertThat(Intent.resolve(new Command.Reboot(0, 2), ClusterState.creating(3), NAME).nodeId())
                .isEqualTo("cfmodel-1-c");
    }

    @Test
    void aStepThatDoesNotMatterIsLeftOutOfTheCase() {
        Scenario s = new Scenario(List.of(1, 2), List.of(true, false),
                List.of(new Command.Skip(), new Command.Reboot(1, 0), new Command.Skip()));

        assertThat(s.effectiveSteps()).containsExactly(new Command.Reboot(1, 0));
        assertThat(s.toString()).isEqualTo("[CreateCluster(slot 0, ReplicationFactor 1) settled, CreateCluster(slot 1,"
                + " ReplicationFactor 2); then [RebootNode(slot 1, node #0)]]");
    }
}
