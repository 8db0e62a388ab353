package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.Node;
import org.daxkit.reference.state.ParameterGroup;

/** Parameter group helpers shared by the parameter group and cluster operations. */
final class ParameterGroups {
    private ParameterGroups() {
    }

    /** Every node the cluster keeps must reboot before new parameter values apply. */
    static void markForReboot(Cluster cluster) {
        for (Node node : cluster.nodes()) {
            if (!cluster.nodeIdsToReboot().contains(node.id()) && !cluster.nodeIdsToRemove().contains(node.id())) {
                cluster.nodeIdsToReboot().add(node.id());
            }
        }
    }

    /** The first cluster (by name) that uses the group, whatever its status. */
    static Optional<Cluster> userOf(Collection<Cluster> clusters, ParameterGroup group) {
        return clusters.stream().filter(c -> c.parameterGroupName().equals(group.name())).findFirst();
    }

    static ObjectNode render(ParameterGroup group) {
        ObjectNode json = Json.object();
        json.put("ParameterGroupName", group.name());
        if (group.description() != null) {
            // A group created without a description has none on the wire.
            json.put("Description", group.description());
        }
        return json;
    }
}
