package org.daxkit.conformance.wire;

import java.util.List;
import java.util.Map;

/**
 * What every CreateCluster of the suite sends besides name and size: node type, IAM role, subnet group,
 * security groups, and the tags that mark the cluster as the kit's (so {@code cleanup} can find what an
 * interrupted run left behind).
 */
public record ClusterSettings(String nodeType, String iamRoleArn, String subnetGroup, List<String> securityGroupIds,
                              Map<String, String> tags) {
    /** Tag key and value every cluster the suite creates carries. */
    public static final String CREATED_BY_KEY = "daxkit:created-by";
    public static final String CREATED_BY = "dax-conformance-kit";
    /** Tag key naming the run (its cluster-name prefix) that created the cluster. */
    public static final String RUN_KEY = "daxkit:run";

    public ClusterSettings {
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** These settings with the tags that mark a cluster as created by the run {@code runId}. */
    public ClusterSettings taggedFor(String runId) {
        return new ClusterSettings(nodeType, iamRoleArn, subnetGroup, securityGroupIds,
                Map.of(CREATED_BY_KEY, CREATED_BY, RUN_KEY, runId));
    }
}
