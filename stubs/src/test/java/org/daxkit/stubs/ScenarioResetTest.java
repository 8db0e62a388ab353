package org.daxkit.stubs;

import org.daxkit.stubs.junit.DaxStubsExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Node;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.stubs.StubInputs.CLUSTER;
import static org.daxkit.stubs.StubInputs.NODE;

/**
 * Scenario state does not leak from one test to the next: the first test leaves the reboot scenario
 * mid-reboot on a server shared by the class; the second must still find every node available.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioResetTest {
    @RegisterExtension
    static final DaxStubsExtension STUBS = DaxStubsExtension.builder().build();

    @Test
    @Order(1)
    void leavesTheRebootScenarioMidReboot(URI endpoint) {
        try (DaxClient dax = DaxClients.forEndpoint(endpoint)) {
            dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE));

            assertThat(statuses(dax)).contains("rebooting");
            dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE));
        }
    }

    @Test
    @Order(2)
    void nextTestStartsWithEveryScenarioInItsFirstState(URI endpoint) {
        try (DaxClient dax = DaxClients.forEndpoint(endpoint)) {
            assertThat(statuses(dax)).as("node statuses at the start of a test").containsOnly("available");
        }
    }

    @Test
    void resetScenariosWithoutJUnitPutsTheRebootBackAtTheStart() {
        try (DaxStubs stubs = DaxStubs.start(); DaxClient dax = DaxClients.forEndpoint(stubs.endpoint())) {
            dax.rebootNode(r -> r.clusterName(CLUSTER).nodeId(NODE));

            stubs.resetScenarios();

            assertThat(statuses(dax)).containsOnly("available");
        }
    }

    private static List<String> statuses(DaxClient dax) {
        return dax.describeClusters(r -> r.clusterNames(CLUSTER)).clusters().get(0).nodes().stream()
                .map(Node::nodeStatus).toList();
    }
}
