package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.EventMessages;

/**
 * UpdateCluster: changes take effect at once (the cluster stays available). A new parameter group
 * puts every node on the reboot list, since both DAX parameters apply only on reboot.
 */
final class UpdateClusterHandler implements OperationHandler {
    private static final Set<String> TOPIC_STATUSES = Set.of("active", "inactive");

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Validators.clusterName(input, "ClusterName");
        Optional<String> description = input.string("Description");
        Optional<String> window = input.string("PreferredMaintenanceWindow").map(Validators::maintenanceWindow);
        Optional<String> topicArn = input.string("NotificationTopicArn");
        Optional<String> topicStatus = input.string("NotificationTopicStatus");
        if (topicStatus.isPresent() && !TOPIC_STATUSES.contains(topicStatus.get())) {
            throw DaxFault.invalidParameter("The parameter NotificationTopicStatus must be active or inactive, got '"
                    + topicStatus.get() + "'.");
        }
        Optional<String> parameterGroup = input.string("ParameterGroupName");
        Optional<List<String>> securityGroups = input.stringList("SecurityGroupIds").map(Validators::securityGroupIds);
        return store.apply(tx -> {
            Cluster cluster = tx.cluster(name);
            ClusterStates.requireAvailable(cluster);
            String newGroup = parameterGroup.map(g -> tx.parameterGroup(g).name()).orElse(null);
            if (topicStatus.isPresent() && topicArn.isEmpty() && cluster.topicArn() == null) {
                throw DaxFault.invalidCombination("NotificationTopicStatus needs a NotificationTopicArn.");
            }
            description.ifPresent(cluster::setDescription);
            window.ifPresent(cluster::setMaintenanceWindow);
            if (topicArn.isPresent() || topicStatus.isPresent()) {
                cluster.setNotification(topicArn.orElse(cluster.topicArn()),
                        topicStatus.orElse(cluster.topicStatus() == null ? "active" : cluster.topicStatus()));
            }
            securityGroups.ifPresent(cluster::setSecurityGroupIds);
            if (newGroup != null && !newGroup.equals(cluster.parameterGroupName())) {
                cluster.setParameterGroupName(newGroup);
                ParameterGroups.markForReboot(cluster);
            }
            tx.event(cluster.name(), Event.SourceType.CLUSTER, EventMessages.CLUSTER_UPDATED);
            return ClusterStates.result(cluster);
        });
    }
}
