package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import org.daxkit.reference.support.RawWire;
import org.daxkit.reference.support.RawWire.Reply;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The control API refuses clients that are not on loopback, while the DAX API still serves them. */
class ControlLoopbackOnlyTest {

    @Test
    void nonLoopbackClientGets403() throws SocketException {
        Optional<InetAddress> lanAddress = nonLoopbackAddress();
        Assumptions.assumeTrue(lanAddress.isPresent(), "needs a non-loopback IPv4 address on this machine");
        String host = lanAddress.get().getHostAddress();
        try (ReferenceServer server = ReferenceServer.builder().host(host).start()) {
            RawWire wire = new RawWire(URI.create("http://" + host + ":" + server.port()));

            Reply control = wire.control("POST", "/reset", null);
            assertThat(control.status()).as(control.toString()).isEqualTo(403);
            assertThat(control.json().path("__type").asText()).isEqualTo("AccessDenied");
            Reply api = wire.call("DescribeClusters", "{}");
            assertThat(api.status()).as(api.toString()).isEqualTo(200);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
