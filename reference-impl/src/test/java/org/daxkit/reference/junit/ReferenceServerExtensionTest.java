package org.daxkit.reference.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.support.Clients;
import org.daxkit.reference.support.RawWire;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dax.DaxClient;

/** The JUnit 5 extension, used both ways it supports. */
class ReferenceServerExtensionTest {

    @Nested
    @ExtendWith(ReferenceServerExtension.class)
    class WithExtendWith {
        @Test
        void injectsARunningServerAndItsEndpoint(ReferenceServer server, URI endpoint) {
            assertThat(endpoint).isEqualTo(server.endpoint());
            assertThat(endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+").doesNotEndWith("/");
            try (DaxClient dax = Clients.dax(endpoint)) {
                assertThat(dax.describeClusters().clusters()).isEmpty();
            }
            assertThat(server.settings().rebootDuration()).as("defaults with @ExtendWith").isEqualTo(Duration.ofMillis(500));
        }
    }

    @Nested
    class WithRegisterExtension {
        @RegisterExtension
        static final ReferenceServerExtension DAX = ReferenceServerExtension.using(ReferenceServer.builder()
                .rebootDuration(Duration.ofSeconds(7)).region("ap-south-1"));

        @Test
        void usesTheBuilderItWasGiven(ReferenceServer server) {
            assertThat(server).isSameAs(DAX.server());
            assertThat(server.settings().rebootDuration()).isEqualTo(Duration.ofSeconds(7));
            RawWire.Reply info = new RawWire(DAX.endpoint()).control("GET", "/info", null);
            assertThat(info.json().path("region").asText()).as(info.toString()).isEqualTo("ap-south-1");
        }

        @Test
        void theServerOutlivesASingleTest(URI endpoint) {
            assertThat(endpoint).isEqualTo(DAX.endpoint());
        }
    }

    @Test
    void serverIsUnavailableOutsideItsLifecycle() {
        ReferenceServerExtension extension = new ReferenceServerExtension();
        org.assertj.core.api.Assertions.assertThatThrownBy(extension::server)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
    }
}
