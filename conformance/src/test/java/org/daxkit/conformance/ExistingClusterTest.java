package org.daxkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Outcome;
import org.daxkit.reports.model.RunResults;
import org.daxkit.conformance.support.ReferenceClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.DaxClient;

/**
 * A target that declares no capabilities and names an existing cluster: checks that need a capability
 * say which one and how to provide it, the rest run on the configured cluster, and nothing fails.
 * Reboots last longer (1.2 s) than the 1 s a remote target's reboot is assumed to last at least.
 */
class ExistingClusterTest {

    @Test
    void withoutCapabilitiesChecksRunOnTheConfiguredClusterOrSayWhatIsMissing() {
        try (ReferenceServer server = ReferenceServer.builder().createDuration(Duration.ofMillis(100))
                .rebootDuration(Duration.ofMillis(1200)).start();
             DaxClient dax = ReferenceClients.dax(server.endpoint())) {
            dax.createCluster(r -> r.clusterName("existing").nodeType("dax.r5.large").replicationFactor(3)
                    .iamRoleArn("arn:aws:iam::123456789012:role/DAXRole"));
            server.completeTransitions();

            RunResults results = DaxConformance.against(server.endpoint()).withCapabilities()
                    .withExistingCluster("existing", "existing-b").withTries(3).run();

            Map<String, CheckResult> byId = results.checks().stream()
                    .collect(Collectors.toMap(CheckResult::id, Function.identity()));
            assertThat(results.checks()).noneMatch(r -> r.outcome() == Outcome.FAILED);
            assertThat(byId.get("fault.invalid-state.creating").outcome()).isEqualTo(Outcome.NOT_VERIFIED);
            assertThat(byId.get("fault.invalid-state.creating").message()).contains("createClusters", "--cluster");
            assertThat(byId.get("fault.service-linked-role").message()).contains("faultInjection");
            assertThat(byId.get("fault.service-linked-role").fault().expectedCode())
                    .as("a fault check that cannot run is still filed under its fault in the ledger")
                    .isEqualTo("ServiceLinkedRoleNotFoundFault");
            assertThat(byId.get("model.stateful-sequences").outcome()).isEqualTo(Outcome.NOT_VERIFIED);
            assertThat(byId.get("fault.node-not-found").outcome()).isEqualTo(Outcome.PASSED);
            assertThat(byId.get("inv.other-nodes-untouched").outcome()).isEqualTo(Outcome.PASSED);
            assertThat(byId.get("state.available-again").outcome()).isEqualTo(Outcome.PASSED);
            assertThat(dax.describeClusters(r -> r.clusterNames("existing")).clusters()).hasSize(1);
        }
    }
}
