package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.NODE_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Node;

/**
 * DecreaseReplicationFactor: removes the given NodeIdsToRemove, else the newest nodes (of the given
 * zones, when AvailabilityZones is set). They stay available and are listed in NodeIdsToRemove until the
 * modify completes.
 */
final class DecreaseReplicationFactorHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Validators.clusterName(input, "ClusterName");
        // No upper bound here: DecreaseReplicationFactor does not list NodeQuotaForClusterExceededFault, and a
        // factor that is not below the current one is InvalidParameterValueException anyway.
        int target = ReplicationFactors.atLeastOne("NewReplicationFactor", input.integer("NewReplicationFactor")
                .orElseThrow(() -> Input.missing("NewReplicationFactor")));
        List<String> zones = ReplicationFactors.zones(input, store.settings().region(), 0);
        List<String> requested = input.stringList("NodeIdsToRemove").orElse(List.of());
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(name);
            ClusterStates.requireAvailable(cluster);
            int current = cluster.nodes().size();
            if (target >= current) {
                throw DaxFault.invalidParameter("NewReplicationFactor " + target
                        + " must be less than the current replication factor " + current + ".");
            }
            List<String> removed = requested.isEmpty()
                    ? newestNodes(cluster, current - target, zones)
                    : named(cluster, requested, current - target);
            var due = tx.after(store.settings().modifyDuration());
            // The nodes keep serving until the change completes (decrease-replication-factor example:
            // still available, ActiveNodes unchanged); NodeIdsToRemove names the ones that will go.
            cluster.nodeIdsToRemove().addAll(removed);
            cluster.setStatus(Cluster.MODIFYING, due);
            return ClusterStates.result(cluster);
        });
    }

    private static List<String> named(Cluster cluster, List<String> requested, int expected) {
        Set<String> ids = new LinkedHashSet<>(requested);
        for (String id : ids) {
            if (cluster.node(id).isEmpty()) {
                throw new DaxFault(NODE_NOT_FOUND, "Node " + id + " not found in cluster " + cluster.name() + ".");
            }
        }
        if (ids.size() != expected) {
            throw DaxFault.invalidCombination("NodeIdsToRemove names " + ids.size() + " distinct nodes but going to "
                    + "the new replication factor removes " + expected + ".");
        }
        return new ArrayList<>(ids);
    }

    private static List<String> newestNodes(Cluster cluster, int count, List<String> zones) {
        List<String> chosen = new ArrayList<>();
        for (int i = cluster.nodes().size() - 1; i >= 0 && chosen.size() < count; i--) {
            Node node = cluster.nodes().get(i);
            if (zones.isEmpty() || zones.contains(node.availabilityZone())) {
                chosen.add(node.id());
            }
        }
        if (chosen.size() < count) {
            throw DaxFault.invalidCombination("The Availability Zones " + zones + " hold only " + chosen.size()
                    + " nodes; " + count + " must be removed.");
        }
        return chosen;
    }
}
