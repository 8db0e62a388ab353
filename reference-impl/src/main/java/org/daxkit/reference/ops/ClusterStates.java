package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.view.ClusterJson;

/** Cluster state guards and the {"Cluster": ...} result most cluster operations return. */
final class ClusterStates {
    private ClusterStates() {
    }

    static void requireAvailable(Cluster cluster) {
        if (!cluster.isAvailable()) {
            throw new DaxFault(ErrorCode.INVALID_CLUSTER_STATE, "Cluster " + cluster.name() + " is in status "
                    + cluster.status() + "; this operation needs it to be available.");
        }
    }

    static ObjectNode result(Cluster cluster) {
        ObjectNode result = Json.object();
        result.set("Cluster", ClusterJson.render(cluster));
        return result;
    }
}
