package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.daxkit.reference.support.LanAddress;
import org.daxkit.reference.support.RawWire;
import org.daxkit.reference.support.RawWire.Reply;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Bound to a non-loopback address: a warning, the control API off unless asked for, and even then
 * it refuses clients that are not on loopback, while the DAX API still serves them.
 */
class ControlLoopbackOnlyTest {

    @Test
    void nonLoopbackClientGets403() {
        String host = lanAddress();
        try (ReferenceServer server = ReferenceServer.builder().host(host).controlApi(true)
                .start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            RawWire wire = new RawWire(URI.create("http://" + host + ":" + server.port()));

            Reply control = wire.control("POST", "/reset", null);
            assertThat(control.status()).as(control.toString()).isEqualTo(403);
            assertThat(control.json().path("__type").asText()).isEqualTo("AccessDenied");
            Reply api = wire.call("DescribeClusters", "{}");
            assertThat(api.status()).as(api.toString()).isEqualTo(200);
        }
    }

    @Test
    void aNonLoopbackBindWarnsOnceAndLeavesTheControlApiOff() {
        String host = lanAddress();
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try (ReferenceServer server = ReferenceServer.builder().host(host)
                .start(new PrintStream(warnings, true, StandardCharsets.UTF_8))) {
            RawWire wire = new RawWire(URI.create("http://" + host + ":" + server.port()));

            assertThat(warnings.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                    .startsWith("WARNING: ").contains(host, String.valueOf(server.port()), "without credentials",
                            "control API /_control is off");
            Reply control = wire.control("GET", "/info", null);
            assertThat(control.status()).as(control.toString()).isEqualTo(404);
            assertThat(control.json().path("__type").asText()).isEqualTo("UnknownOperationException");
            assertThat(wire.call("DescribeClusters", "{}").status()).isEqualTo(200);
        }
    }

    private static String lanAddress() {
        Optional<String> address = LanAddress.find();
        Assumptions.assumeTrue(address.isPresent(), "needs a non-loopback IPv4 address on this machine");
        return address.get();
    }
}
