package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.INVALID_CLUSTER_STATE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** DeleteCluster: an available cluster turns deleting, and is gone after the delete duration. */
final class DeleteClusterHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ClusterName", Shape.STRING);

    @Override
    public String name() {
        return "DeleteCluster";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(CLUSTER_NOT_FOUND, INVALID_CLUSTER_STATE);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Checks.clusterName(input, "ClusterName");
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(name);
            ClusterStates.requireAvailable(cluster);
            cluster.setStatus(Cluster.DELETING, tx.after(store.settings().deleteDuration()));
            return ClusterStates.result(cluster);
        });
    }
}
