package org.daxkit.conformance.config;

import java.util.List;

/**
 * How the suite reaches and spends in a real AWS account: credentials beyond static keys, the explicit choice
 * of the real regional endpoint, the confirmation that creating billable clusters is intended, and what
 * CreateCluster needs there (node type, IAM role, subnet group, security groups).
 *
 * @param profile          named profile of the shared AWS config and credentials files (SSO profiles too)
 * @param sessionToken     session token to go with --access-key-id/--secret-access-key (temporary keys)
 * @param realAws          target the real regional DAX endpoint, the SDK's default ({@code --aws})
 * @param confirmCosts     the person running the suite accepts the cluster plan it prints
 * @param nodeType         node type of created clusters, or null for the default (smallest on AWS)
 * @param iamRoleArn       role DAX assumes to reach DynamoDB, or null for a placeholder (mocks)
 * @param subnetGroup      subnet group of created clusters, or null
 * @param securityGroupIds security groups of created clusters (may be empty)
 */
public record AwsSettings(String profile, String sessionToken, boolean realAws, boolean confirmCosts,
                          String nodeType, String iamRoleArn, String subnetGroup, List<String> securityGroupIds) {

    /** DAX's smallest node type: what a run against real AWS creates unless told otherwise. */
    public static final String SMALLEST_NODE_TYPE = "dax.t3.small";
    /** What a run against a mock creates: any valid type will do. */
    public static final String MOCK_NODE_TYPE = "dax.r5.large";

    public AwsSettings {
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
    }

    public static AwsSettings none() {
        return new AwsSettings(null, null, false, false, null, null, null, List.of());
    }

    public AwsSettings withProfile(String p) {
        return new AwsSettings(p, sessionToken, realAws, confirmCosts, nodeType, iamRoleArn, subnetGroup,
                securityGroupIds);
    }
}
