package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_ALREADY_EXISTS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.ClusterFactory;
import org.daxkit.reference.state.ClusterSpec;
import org.daxkit.reference.state.DaxStore;

/** CreateCluster: validates, then adds a cluster in status creating that turns available later. */
final class CreateClusterHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        var settings = store.settings();
        ClusterSpec spec = CreateClusterRequest.read(input, settings.region(), settings.accountId());
        ClusterFactory factory = new ClusterFactory(settings.region(), settings.accountId());
        return store.apply(tx -> {
            if (tx.clusters().containsKey(spec.name())) {
                throw new DaxFault(CLUSTER_ALREADY_EXISTS, "Cluster " + spec.name() + " already exists.");
            }
            ReplicationFactors.checkAccountQuota(tx.clusters().values(), spec.replicationFactor());
            String subnetGroup = tx.subnetGroup(spec.subnetGroupName()).name();
            tx.parameterGroup(spec.parameterGroupName());
            Cluster cluster = factory.create(spec.withSubnetGroupName(subnetGroup), tx.now(),
                    tx.after(settings.createDuration()));
            tx.clusters().put(spec.name(), cluster);
            return ClusterStates.result(cluster);
        });
    }
}
