package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.Node;
import org.daxkit.reference.state.ParameterGroup;

/** Parameter group helpers shared by the parameter group and cluster operations. */
final class ParameterGroups {
    private ParameterGroups() {
    }

    /** Every node of the cluster must reboot before new parameter values apply. */
    static void markForReboot(Cluster cluster) {
        for (Node node : cluster.nodes()) {
            if (!cluster.nodeIdsToReboot().contains(node.id()) && !Node.DELETING.equals(node.status())) {
                cluster.nodeIdsToReboot().add(node.id());
            }
        }
    }

    static ObjectNode render(ParameterGroup group) {
        ObjectNode json = Json.object();
        json.put("ParameterGroupName", group.name());
        json.put("Description", group.description());
        return json;
    }
}
