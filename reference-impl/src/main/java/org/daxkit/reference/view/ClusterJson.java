package org.daxkit.reference.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.Node;

/** The wire form of a Cluster, with every member real DAX fills in. */
public final class ClusterJson {
    private ClusterJson() {
    }

    public static ObjectNode render(Cluster cluster) {
        ObjectNode json = Json.object();
        json.put("ClusterName", cluster.name());
        if (cluster.description() != null) {
            json.put("Description", cluster.description());
        }
        json.put("ClusterArn", cluster.arn());
        json.put("TotalNodes", cluster.nodes().size());
        json.put("ActiveNodes", cluster.activeNodes());
        json.put("NodeType", cluster.spec().nodeType());
        json.put("Status", cluster.status());
        json.set("ClusterDiscoveryEndpoint", cluster.hasDiscoveryAddress()
                ? endpoint(cluster, cluster.discoveryAddress())
                : Json.object().put("Port", cluster.port()));
        if (!cluster.nodeIdsToRemove().isEmpty()) {
            // Omitted when empty, as in every published example.
            json.set("NodeIdsToRemove", Json.strings(cluster.nodeIdsToRemove()));
        }
        if (cluster.showsNodes()) {
            json.set("Nodes", nodes(cluster));
        }
        json.put("PreferredMaintenanceWindow", cluster.maintenanceWindow());
        if (cluster.topicArn() != null) {
            ObjectNode notification = json.putObject("NotificationConfiguration");
            notification.put("TopicArn", cluster.topicArn());
            notification.put("TopicStatus", cluster.topicStatus());
        }
        json.put("SubnetGroup", cluster.spec().subnetGroupName());
        ArrayNode securityGroups = json.putArray("SecurityGroups");
        for (String id : cluster.securityGroupIds()) {
            securityGroups.addObject().put("SecurityGroupIdentifier", id).put("Status", "active");
        }
        json.put("IamRoleArn", cluster.spec().iamRoleArn());
        ObjectNode parameterGroup = json.putObject("ParameterGroup");
        parameterGroup.put("ParameterGroupName", cluster.parameterGroupName());
        parameterGroup.put("ParameterApplyStatus", cluster.nodeIdsToReboot().isEmpty() ? "in-sync" : "pending-reboot");
        parameterGroup.set("NodeIdsToReboot", Json.strings(cluster.nodeIdsToReboot()));
        json.putObject("SSEDescription").put("Status", cluster.spec().sseEnabled() ? "ENABLED" : "DISABLED");
        json.put("ClusterEndpointEncryptionType", cluster.spec().tls() ? "TLS" : "NONE");
        json.put("NetworkType", cluster.spec().networkType());
        return json;
    }

    private static ArrayNode nodes(Cluster cluster) {
        ArrayNode nodes = Json.MAPPER.createArrayNode();
        for (Node node : cluster.nodes()) {
            ObjectNode json = nodes.addObject();
            json.put("NodeId", node.id());
            if (Node.CREATING.equals(node.status())) {
                // A node being added shows its id and status only (increase-replication-factor example).
                json.put("NodeStatus", node.status());
                continue;
            }
            if (node.hasEndpoint()) {
                json.set("Endpoint", endpoint(cluster, node.address()));
            }
            json.set("NodeCreateTime", Json.epochSeconds(node.createTime()));
            json.put("AvailabilityZone", node.availabilityZone());
            json.put("NodeStatus", node.status());
            json.put("ParameterGroupStatus",
                    cluster.nodeIdsToReboot().contains(node.id()) ? "pending-reboot" : "in-sync");
        }
        return nodes;
    }

    private static ObjectNode endpoint(Cluster cluster, String address) {
        ObjectNode endpoint = Json.object();
        endpoint.put("Address", address);
        endpoint.put("Port", cluster.port());
        endpoint.put("URL", cluster.urlScheme() + "://" + address);
        return endpoint;
    }
}
