package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.NODE_NOT_FOUND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.EventMessages;
import org.daxkit.reference.state.Names;
import org.daxkit.reference.state.Node;

/**
 * RebootNode, in the validation order the kit documents (README, documented choices): parameters, cluster exists,
 * service-linked role, cluster available, node exists. The node reboots; the cluster stays available.
 */
final class RebootNodeHandler implements OperationHandler {
    /** The documented order puts the role check after parameter validation and the cluster lookup. */
    @Override
    public boolean checksServiceLinkedRoleItself() {
        return true;
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String clusterName = parameter(input, "ClusterName", Names::isValidClusterName,
                "a cluster name: 1-20 letters, digits or hyphens, starting with a letter, no trailing hyphen, "
                        + "no two hyphens in a row");
        String nodeId = parameter(input, "NodeId", Names::isValidNodeId, "a node id: 1-64 letters, digits or hyphens");
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(clusterName);
            tx.requireServiceLinkedRole();
            ClusterStates.requireAvailable(cluster);
            Node node = cluster.node(nodeId).orElseThrow(() -> new DaxFault(NODE_NOT_FOUND,
                    "Node " + nodeId + " not found in cluster " + cluster.name() + "."));
            // Rebooting a rebooting node restarts the reboot: the node stays rebooting, due anew.
            node.setStatus(Node.REBOOTING, tx.after(store.settings().rebootDuration()));
            tx.event(cluster.name(), Event.SourceType.CLUSTER, EventMessages.rebootingNode(node.id()));
            return ClusterStates.result(cluster);
        });
    }

    /** Documented choice: missing, empty or malformed is InvalidParameterValueException (a non-string never gets here). */
    private static String parameter(Input input, String member, Predicate<String> wellFormed, String expected) {
        JsonNode value = input.raw(member);
        if (value == null || value.textValue().isEmpty()) {
            throw DaxFault.invalidParameter("The parameter " + member + " must be provided as a non-empty string.");
        }
        String text = value.textValue();
        if (!wellFormed.test(text)) {
            throw DaxFault.invalidParameter("The parameter " + member + " has an invalid value '" + text
                    + "': expected " + expected + ".");
        }
        return text;
    }
}
