package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.INSUFFICIENT_CLUSTER_CAPACITY;
import static org.daxkit.reference.api.ErrorCode.INVALID_CLUSTER_STATE;
import static org.daxkit.reference.api.ErrorCode.INVALID_VPC_NETWORK_STATE;
import static org.daxkit.reference.api.ErrorCode.NODE_QUOTA_FOR_CLUSTER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.NODE_QUOTA_FOR_CUSTOMER_EXCEEDED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.ClusterFactory;
import org.daxkit.reference.state.DaxStore;

/** IncreaseReplicationFactor: new nodes are creating (no endpoint) while the cluster is modifying. */
final class IncreaseReplicationFactorHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ClusterName", Shape.STRING, "NewReplicationFactor", Shape.INTEGER,
            "AvailabilityZones", Shape.STRINGS);

    @Override
    public String name() {
        return "IncreaseReplicationFactor";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(CLUSTER_NOT_FOUND, INVALID_CLUSTER_STATE, INSUFFICIENT_CLUSTER_CAPACITY,
                INVALID_VPC_NETWORK_STATE, NODE_QUOTA_FOR_CLUSTER_EXCEEDED, NODE_QUOTA_FOR_CUSTOMER_EXCEEDED);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Checks.clusterName(input, "ClusterName");
        int target = ReplicationFactors.check("NewReplicationFactor", input.integer("NewReplicationFactor")
                .orElseThrow(() -> Input.missing("NewReplicationFactor")));
        var settings = store.settings();
        List<String> zones = ReplicationFactors.zones(input, settings.region(), 0);
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(name);
            ClusterStates.requireAvailable(cluster);
            int current = cluster.nodes().size();
            if (target <= current) {
                throw DaxFault.invalidParameter("NewReplicationFactor " + target
                        + " must be greater than the current replication factor " + current + ".");
            }
            ReplicationFactors.checkAccountQuota(tx.clusters().values(), target - current);
            var due = tx.after(settings.modifyDuration());
            new ClusterFactory(settings.region(), settings.accountId())
                    .addNodes(cluster, target - current, zones, tx.now(), due);
            cluster.setStatus(Cluster.MODIFYING, due);
            return ClusterStates.result(cluster);
        });
    }
}
