package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.ClusterFactory;
import org.daxkit.reference.state.DaxStore;

/** IncreaseReplicationFactor: new nodes are creating (no endpoint) while the cluster is modifying. */
final class IncreaseReplicationFactorHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Validators.clusterName(input, "ClusterName");
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
