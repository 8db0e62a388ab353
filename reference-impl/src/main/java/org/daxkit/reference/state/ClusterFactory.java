package org.daxkit.reference.state;

import java.time.Instant;
import java.util.List;

/** Builds clusters and their nodes with the ids, addresses and zones real DAX hands out. */
public final class ClusterFactory {
    private final String region;
    private final String accountId;

    public ClusterFactory(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    /** A new cluster in status {@code creating}; its nodes become available at {@code due}. */
    public Cluster create(ClusterSpec spec, Instant now, Instant due) {
        String endpointId = Ids.endpointId();
        Cluster cluster = new Cluster(spec, arnOf(spec.name()), endpointId,
                spec.name() + "." + endpointId + ".dax-clusters." + region + ".amazonaws.com");
        cluster.setStatus(Cluster.CREATING, due);
        addNodes(cluster, spec.replicationFactor(), spec.availabilityZones(), now, due);
        return cluster;
    }

    /**
     * Adds {@code count} nodes in status {@code creating}, due at {@code due}. Zones come from
     * {@code zones} round-robin when given, else from the region's zones a, b, c round-robin.
     */
    public void addNodes(Cluster cluster, int count, List<String> zones, Instant now, Instant due) {
        for (int i = 0; i < count; i++) {
            int index = cluster.takeNodeIndex();
            String nodeId = cluster.name() + "-" + Ids.nodeSuffix(index);
            String zone = zones == null || zones.isEmpty()
                    ? Ids.zone(region, index)
                    : zones.get(i % zones.size());
            String address = nodeId + "." + cluster.endpointId() + ".nodes.dax-clusters." + region + ".amazonaws.com";
            cluster.nodes().add(new Node(nodeId, address, now, zone, Node.CREATING, due));
        }
    }

    /** The ARN a cluster of this name has in this server's region and account. */
    public String arnOf(String clusterName) {
        return "arn:aws:dax:" + region + ":" + accountId + ":cache/" + clusterName;
    }
}
