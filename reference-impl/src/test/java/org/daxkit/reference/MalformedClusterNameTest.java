package org.daxkit.reference;

import static org.daxkit.reference.support.FaultAssertions.assertFault;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.daxkit.reference.support.SdkRequests;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;

/**
 * One answer per mistake: a cluster name that breaks the DAX naming rules is InvalidParameterValueException
 * in every operation that takes one (each lists that fault), as RebootNode answers it.
 */
class MalformedClusterNameTest {
    private static final String BAD = "a--b";
    private static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer();
        SdkRequests.prepare(t);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                call("CreateCluster", dax -> dax.createCluster(b -> b.clusterName(BAD).nodeType("dax.r5.large")
                        .replicationFactor(1).iamRoleArn(TestServer.ROLE))),
                call("DescribeClusters", dax -> dax.describeClusters(b -> b.clusterNames(BAD))),
                call("DeleteCluster", dax -> dax.deleteCluster(b -> b.clusterName(BAD))),
                call("UpdateCluster", dax -> dax.updateCluster(b -> b.clusterName(BAD).description("d"))),
                call("IncreaseReplicationFactor", dax -> dax.increaseReplicationFactor(b -> b.clusterName(BAD)
                        .newReplicationFactor(4))),
                call("DecreaseReplicationFactor", dax -> dax.decreaseReplicationFactor(b -> b.clusterName(BAD)
                        .newReplicationFactor(1))),
                call("RebootNode", dax -> dax.rebootNode(b -> b.clusterName(BAD).nodeId("c-a"))));
    }

    private static Arguments call(String operation, Consumer<DaxClient> call) {
        return Arguments.of(operation, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void isInvalidParameterValue(String operation, Consumer<DaxClient> call) {
        assertFault(operation + " with ClusterName " + BAD, () -> call.accept(t.dax),
                InvalidParameterValueException.class, "InvalidParameterValueException");
    }
}
