package org.daxkit.stubs;

import org.daxkit.stubs.junit.DaxStubsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dax.DaxClient;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** A static extension field serves @Nested classes from the same server, and it still runs for them. */
class ExtensionNestedClassesTest {
    @RegisterExtension
    static final DaxStubsExtension STUBS = DaxStubsExtension.builder().build();

    private static URI outerEndpoint;

    @BeforeAll
    static void rememberEndpoint() {
        outerEndpoint = STUBS.endpoint();
    }

    @Test
    void outerTestUsesTheStubs(URI endpoint) {
        assertThat(endpoint).isEqualTo(outerEndpoint);
    }

    @Nested
    class Inner {
        @Test
        void nestedTestGetsTheSameRunningServer(URI endpoint) {
            assertThat(endpoint).as("endpoint injected in a @Nested class").isEqualTo(outerEndpoint);
            try (DaxClient dax = DaxClients.forEndpoint(endpoint)) {
                assertThat(dax.describeClusters(r -> r.clusterNames(StubInputs.CLUSTER)).clusters()).hasSize(1);
            }
        }
    }
}
