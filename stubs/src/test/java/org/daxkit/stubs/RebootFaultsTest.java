package org.daxkit.stubs;

import org.daxkit.stubs.junit.DaxStubsExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.ClusterNotFoundException;
import software.amazon.awssdk.services.dax.model.DaxException;
import software.amazon.awssdk.services.dax.model.InvalidClusterStateException;
import software.amazon.awssdk.services.dax.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.NodeNotFoundException;
import software.amazon.awssdk.services.dax.model.ServiceLinkedRoleNotFoundException;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.daxkit.stubs.StubInputs.CLUSTER;
import static org.daxkit.stubs.StubInputs.CREATING_CLUSTER;
import static org.daxkit.stubs.StubInputs.CREATING_CLUSTER_NODE;
import static org.daxkit.stubs.StubInputs.MALFORMED_CLUSTER_NAME;
import static org.daxkit.stubs.StubInputs.MALFORMED_NODE_ID;
import static org.daxkit.stubs.StubInputs.NO_ROLE_CLUSTER;
import static org.daxkit.stubs.StubInputs.NO_ROLE_NODE;
import static org.daxkit.stubs.StubInputs.PARAMETER_COMBINATION_CLUSTER;
import static org.daxkit.stubs.StubInputs.PARAMETER_COMBINATION_NODE;
import static org.daxkit.stubs.StubInputs.NODE;
import static org.daxkit.stubs.StubInputs.UNKNOWN_CLUSTER;
import static org.daxkit.stubs.StubInputs.UNKNOWN_CLUSTER_NODE;
import static org.daxkit.stubs.StubInputs.UNKNOWN_NODE;

/** Every recorded RebootNode fault reaches the real DaxClient as its modeled exception class and wire code. */
class RebootFaultsTest {
    @RegisterExtension
    static final DaxStubsExtension STUBS = DaxStubsExtension.builder().build();

    private static DaxClient dax;

    @BeforeAll
    static void client() {
        dax = DaxClients.forEndpoint(STUBS.endpoint());
    }

    @AfterAll
    static void close() {
        dax.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("unknown cluster", UNKNOWN_CLUSTER, UNKNOWN_CLUSTER_NODE, ClusterNotFoundException.class, "ClusterNotFoundFault"),
                fault("unknown node", CLUSTER, UNKNOWN_NODE, NodeNotFoundException.class, "NodeNotFoundFault"),
                fault("cluster still creating", CREATING_CLUSTER, CREATING_CLUSTER_NODE, InvalidClusterStateException.class, "InvalidClusterStateFault"),
                fault("NodeId missing", CLUSTER, null, InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("ClusterName missing", null, NODE, InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("ClusterName empty", "", NODE, InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("NodeId empty", CLUSTER, "", InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("ClusterName malformed", MALFORMED_CLUSTER_NAME, NODE, InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("NodeId malformed", CLUSTER, MALFORMED_NODE_ID, InvalidParameterValueException.class, "InvalidParameterValueException"),
                fault("service-linked role missing (injected)", NO_ROLE_CLUSTER, NO_ROLE_NODE, ServiceLinkedRoleNotFoundException.class, "ServiceLinkedRoleNotFoundFault"),
                fault("incompatible parameters (injected)", PARAMETER_COMBINATION_CLUSTER, PARAMETER_COMBINATION_NODE, InvalidParameterCombinationException.class, "InvalidParameterCombinationException"));
    }

    @ParameterizedTest(name = "{0}: ClusterName={1}, NodeId={2} -> {4}")
    @MethodSource("faults")
    void rebootNodeFailsWithTheRecordedFault(String description, String clusterName, String nodeId,
                                             Class<? extends DaxException> expected, String expectedCode) {
        DaxException fault = catchThrowableOfType(DaxException.class,
                () -> dax.rebootNode(r -> r.clusterName(clusterName).nodeId(nodeId)));

        assertThat(fault).as("RebootNode ClusterName=%s NodeId=%s must fail", clusterName, nodeId).isNotNull();
        assertThat(fault).as("exception for RebootNode ClusterName=%s NodeId=%s", clusterName, nodeId).isInstanceOf(expected);
        assertThat(fault.awsErrorDetails().errorCode()).isEqualTo(expectedCode);
        assertThat(fault.statusCode()).isEqualTo(400);
        assertThat(fault.awsErrorDetails().errorMessage()).as("message of %s", expectedCode).isNotBlank();
    }

    private static Arguments fault(String description, String clusterName, String nodeId,
                                   Class<? extends DaxException> expected, String code) {
        return Arguments.of(description, clusterName, nodeId, expected, code);
    }
}
