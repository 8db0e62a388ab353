package org.daxkit.stubs.bench;

import org.daxkit.reference.ReferenceServer;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * The kit's reference, embedded on 127.0.0.1 and a free port. Reboots last 1 ms so every RebootNode
 * meets a node that is available or rebooting (both answer 200); the cluster is created over the wire.
 */
final class ReferencePeer implements Peer {
    private final ReferenceServer server;

    private ReferencePeer(ReferenceServer server) {
        this.server = server;
    }

    static ReferencePeer start(DaxWire wire) throws IOException, InterruptedException {
        ReferenceServer server = ReferenceServer.builder()
                .host("127.0.0.1")
                .port(0)
                .createDuration(Duration.ofMillis(1))
                .rebootDuration(Duration.ofMillis(1))
                .start();
        try {
            ClusterSetup.createCluster(wire, server.endpoint());
            server.completeTransitions();
            ClusterSetup.awaitAvailable(wire, server.endpoint(), 1);
            return new ReferencePeer(server);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void beforeRun(BenchCall call) {
        // A DescribeClusters run should see all three nodes available, not a reboot the last run left.
        server.completeTransitions();
    }

    @Override
    public void close() {
        server.close();
    }
}
