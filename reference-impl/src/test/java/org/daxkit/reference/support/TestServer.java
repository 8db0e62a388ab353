package org.daxkit.reference.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.ReferenceServerBuilder;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;

/**
 * A server on a fixed clock whose transitions take hours, so only the test moves them (by advancing
 * server time or completing transitions), plus an SDK client and raw wire access to it.
 */
public final class TestServer implements AutoCloseable {
    public static final Duration CREATE = Duration.ofHours(1);
    public static final Duration REBOOT = Duration.ofHours(2);
    public static final Duration MODIFY = Duration.ofHours(3);
    public static final Duration DELETE = Duration.ofHours(4);
    public static final String ROLE = "arn:aws:iam::123456789012:role/DAXServiceRole";

    public final ReferenceServer server;
    public final DaxClient dax;
    public final RawWire wire;

    public TestServer() {
        this(ReferenceServer.builder().clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)));
    }

    public TestServer(ReferenceServerBuilder builder) {
        server = builder.createDuration(CREATE).rebootDuration(REBOOT).modifyDuration(MODIFY)
                .deleteDuration(DELETE).start();
        dax = Clients.dax(server.endpoint());
        wire = new RawWire(server.endpoint());
    }

    /** Creates a cluster and completes its creation: it is available when this returns. */
    public Cluster availableCluster(String name, int replicationFactor) {
        dax.createCluster(b -> b.clusterName(name).nodeType("dax.r5.large").replicationFactor(replicationFactor)
                .iamRoleArn(ROLE));
        server.completeTransitions();
        return describe(name);
    }

    public Cluster describe(String name) {
        return dax.describeClusters(b -> b.clusterNames(name)).clusters().get(0);
    }

    @Override
    public void close() {
        dax.close();
        server.close();
    }
}
