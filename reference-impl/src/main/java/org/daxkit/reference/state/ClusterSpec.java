package org.daxkit.reference.state;

import java.util.List;
import java.util.Map;

/** The validated settings of a CreateCluster request (names already lowercase). */
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
}
