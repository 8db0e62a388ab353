package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** DeleteCluster: an available cluster turns deleting, and is gone after the delete duration. */
final class DeleteClusterHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Validators.clusterName(input, "ClusterName");
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(name);
            ClusterStates.requireAvailable(cluster);
            cluster.setStatus(Cluster.DELETING, tx.after(store.settings().deleteDuration()));
            return ClusterStates.result(cluster);
        });
    }
}
