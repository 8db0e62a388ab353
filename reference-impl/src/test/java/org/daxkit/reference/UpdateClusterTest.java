package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultCase.fault;

import java.util.stream.Stream;
import org.daxkit.reference.support.FaultCase;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.ParameterGroupNotFoundException;

/** UpdateCluster: settings change at once; a new parameter group needs node reboots. */
class UpdateClusterTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void updatesSettings() {
        t.availableCluster("up", 2);
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));

        Cluster updated = t.dax.updateCluster(b -> b.clusterName("up").description("new")
                .preferredMaintenanceWindow("mon:02:00-mon:04:00").securityGroupIds("sg-89abcdef")
                .notificationTopicArn("arn:aws:sns:us-east-1:123456789012:t").notificationTopicStatus("inactive")
                .parameterGroupName("pg")).cluster();

        assertThat(updated.status()).isEqualTo("available");
        assertThat(updated.description()).isEqualTo("new");
        assertThat(updated.preferredMaintenanceWindow()).isEqualTo("mon:02:00-mon:04:00");
        assertThat(updated.securityGroups().get(0).securityGroupIdentifier()).isEqualTo("sg-89abcdef");
        assertThat(updated.notificationConfiguration().topicStatus()).isEqualTo("inactive");
        assertThat(updated.parameterGroup().parameterGroupName()).isEqualTo("pg");
        assertThat(updated.parameterGroup().nodeIdsToReboot()).containsExactly("up-a", "up-b");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultCases")
    void faults(FaultCase fault) {
        fault.assertAnsweredBy(t);
    }

    static Stream<FaultCase> faultCases() {
        return Stream.of(
                fault("UpdateCluster of an unknown cluster", t -> t.dax.updateCluster(b -> b.clusterName("nope")
                        .description("x")), ClusterNotFoundException.class, "ClusterNotFoundFault"),
                fault("UpdateCluster with a 30-minute window", t -> t.dax.updateCluster(b -> b.clusterName("up")
                        .preferredMaintenanceWindow("sun:05:00-sun:05:30")), InvalidParameterValueException.class,
                        "InvalidParameterValueException").given(UpdateClusterTest::clusterUp),
                fault("UpdateCluster with topic status 'on'", t -> t.dax.updateCluster(b -> b.clusterName("up")
                        .notificationTopicStatus("on")), InvalidParameterValueException.class,
                        "InvalidParameterValueException").given(UpdateClusterTest::clusterUp),
                fault("UpdateCluster with an unknown parameter group", t -> t.dax.updateCluster(b -> b.clusterName("up")
                        .parameterGroupName("nope")), ParameterGroupNotFoundException.class, "ParameterGroupNotFoundFault")
                        .given(UpdateClusterTest::clusterUp),
                fault("UpdateCluster while deleting", t -> t.dax.updateCluster(b -> b.clusterName("up").description("x")),
                        InvalidClusterStateException.class, "InvalidClusterStateFault").given(t -> {
                            clusterUp(t);
                            t.dax.deleteCluster(b -> b.clusterName("up"));
                        }));
    }

    private static void clusterUp(TestServer t) {
        t.availableCluster("up", 1);
    }
}
