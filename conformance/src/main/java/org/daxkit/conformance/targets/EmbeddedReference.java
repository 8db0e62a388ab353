package org.daxkit.conformance.targets;

import java.net.URI;
import java.time.Duration;
import org.daxkit.reference.ReferenceServer;

/** The default target: the kit's reference implementation in this JVM, on a free loopback port. */
final class EmbeddedReference implements AutoCloseable {
    /** Long enough to observe each state, short enough that the one real reboot the suite waits for is cheap. */
    static final Duration TRANSITION = Duration.ofSeconds(1);

    private final ReferenceServer server;

    private EmbeddedReference(ReferenceServer server) {
        this.server = server;
    }

    static EmbeddedReference start(String region) {
        return new EmbeddedReference(ReferenceServer.builder()
                .port(0)
                .region(region)
                .createDuration(TRANSITION)
                .rebootDuration(TRANSITION)
                .modifyDuration(TRANSITION)
                .deleteDuration(TRANSITION)
                .start());
    }

    URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void close() {
        server.close();
    }
}
