package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Node;

/**
 * POST /_control/pending-reboot {"clusterName","nodeIds"}: puts the named nodes (default: all) on the
 * cluster's NodeIdsToReboot, so a suite can set up the pending-reboot state whatever way a target
 * reaches it through the DAX API (how real DAX fills the list is not public).
 */
final class PendingRebootRoute implements ControlRouteHandler {
    private final DaxStore store;

    PendingRebootRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        String clusterName = ControlBodies.requiredText(body, "clusterName");
        List<String> requested = ControlBodies.optionalTexts(body, "nodeIds");
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(clusterName);
            List<String> nodeIds = requested != null ? requested
                    : cluster.nodes().stream().map(Node::id).toList();
            for (String id : nodeIds) {
                if (cluster.node(id).isEmpty()) {
                    throw new BadControlRequest("Member 'nodeIds': cluster " + cluster.name() + " has no node " + id
                            + "; its nodes: " + cluster.nodes().stream().map(Node::id).toList());
                }
            }
            List<String> added = new ArrayList<>();
            for (String id : nodeIds) {
                if (!cluster.nodeIdsToReboot().contains(id)) {
                    cluster.nodeIdsToReboot().add(id);
                    added.add(id);
                }
            }
            ObjectNode answer = Json.object();
            answer.put("clusterName", cluster.name());
            answer.set("nodeIdsToReboot", Json.strings(cluster.nodeIdsToReboot()));
            answer.set("added", Json.strings(added));
            return answer;
        });
    }
}
