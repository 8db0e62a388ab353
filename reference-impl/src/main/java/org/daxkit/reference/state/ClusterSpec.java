package org.daxkit.reference.state;

import java.util.List;
import java.util.Map;

/** The validated settings of a CreateCluster request (cluster and parameter group names lowercase). */
public record ClusterSpec(
        String name,
        String description,
        String nodeType,
        int replicationFactor,
        List<String> availabilityZones,
        String subnetGroupName,
        List<String> securityGroupIds,
        String maintenanceWindow,
        String notificationTopicArn,
        String iamRoleArn,
        String parameterGroupName,
        Map<String, String> tags,
        boolean sseEnabled,
        boolean tls,
        String networkType) {

    /** The same settings naming the subnet group as it was created (its name keeps its case). */
    public ClusterSpec withSubnetGroupName(String displayName) {
        return new ClusterSpec(name, description, nodeType, replicationFactor, availabilityZones, displayName,
                securityGroupIds, maintenanceWindow, notificationTopicArn, iamRoleArn, parameterGroupName, tags,
                sseEnabled, tls, networkType);
    }
}
