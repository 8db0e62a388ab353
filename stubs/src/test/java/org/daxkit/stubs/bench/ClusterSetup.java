package org.daxkit.stubs.bench;

import org.daxkit.stubs.StubInputs;

import java.io.IOException;
import java.net.URI;

/** Creates, over the wire, the cluster both calls address, on peers that hold real state (reference, moto). */
final class ClusterSetup {
    static final String CREATE_CLUSTER_BODY = "{\"ClusterName\":\"" + StubInputs.CLUSTER + "\","
            + "\"NodeType\":\"" + StubInputs.NODE_TYPE + "\","
            + "\"ReplicationFactor\":" + StubInputs.REPLICATION_FACTOR + ","
            + "\"IamRoleArn\":\"" + StubInputs.IAM_ROLE_ARN + "\"}";

    private ClusterSetup() {
    }

    static void createCluster(DaxWire wire, URI endpoint) throws IOException, InterruptedException {
        wire.sendExpectingOk(endpoint, "CreateCluster", CREATE_CLUSTER_BODY);
    }

    /**
     * Describes the cluster until it says {@code available} (moto moves a cluster on when it is described),
     * at most {@code attempts} times.
     */
    static void awaitAvailable(DaxWire wire, URI endpoint, int attempts) throws IOException, InterruptedException {
        String body = "";
        for (int attempt = 0; attempt < attempts; attempt++) {
            body = wire.sendExpectingOk(endpoint, "DescribeClusters", BenchCall.DESCRIBE_CLUSTERS.body());
            if (body.replace(" ", "").contains("\"Status\":\"available\"")) {
                return;
            }
        }
        throw new IOException("Cluster " + StubInputs.CLUSTER + " on " + endpoint + " is not available after "
                + attempts + " DescribeClusters; last answer: " + body);
    }
}
