package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_ALREADY_EXISTS;
import static org.daxkit.reference.api.ErrorCode.CLUSTER_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.INSUFFICIENT_CLUSTER_CAPACITY;
import static org.daxkit.reference.api.ErrorCode.INVALID_ARN;
import static org.daxkit.reference.api.ErrorCode.INVALID_CLUSTER_STATE;
import static org.daxkit.reference.api.ErrorCode.INVALID_PARAMETER_COMBINATION;
import static org.daxkit.reference.api.ErrorCode.INVALID_PARAMETER_GROUP_STATE;
import static org.daxkit.reference.api.ErrorCode.INVALID_PARAMETER_VALUE;
import static org.daxkit.reference.api.ErrorCode.INVALID_SUBNET;
import static org.daxkit.reference.api.ErrorCode.INVALID_VPC_NETWORK_STATE;
import static org.daxkit.reference.api.ErrorCode.NODE_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.NODE_QUOTA_FOR_CLUSTER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.NODE_QUOTA_FOR_CUSTOMER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_ALREADY_EXISTS;
import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_QUOTA_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.SERVICE_LINKED_ROLE_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SERVICE_QUOTA_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_ALREADY_EXISTS;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_IN_USE;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_QUOTA_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.SUBNET_IN_USE;
import static org.daxkit.reference.api.ErrorCode.SUBNET_NOT_ALLOWED;
import static org.daxkit.reference.api.ErrorCode.SUBNET_QUOTA_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.TAG_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.TAG_QUOTA_PER_RESOURCE_EXCEEDED;
import static org.daxkit.reference.api.Shape.BOOLEAN;
import static org.daxkit.reference.api.Shape.INTEGER;
import static org.daxkit.reference.api.Shape.STRING;
import static org.daxkit.reference.api.Shape.STRINGS;
import static org.daxkit.reference.api.Shape.TIMESTAMP;
import static org.daxkit.reference.api.Shape.list;
import static org.daxkit.reference.api.Shape.struct;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;

/**
 * The route table: every DAX operation the reference answers (all 21 of the service model), each with
 * its handler, the JSON types of its request members, and the faults the service model lists for it
 * (dax 2017-04-19, in botocore's service-2.json). Fault injection accepts exactly those faults.
 */
public final class Operations {
    private Operations() {
    }

    public static OperationTable table() {
        return new OperationTable(List.of(
                new Operation("CreateCluster", new CreateClusterHandler(),
                        struct("ClusterName", STRING, "NodeType", STRING, "Description", STRING,
                                "ReplicationFactor", INTEGER, "AvailabilityZones", STRINGS, "SubnetGroupName", STRING,
                                "SecurityGroupIds", STRINGS, "PreferredMaintenanceWindow", STRING,
                                "NotificationTopicArn", STRING, "IamRoleArn", STRING, "ParameterGroupName", STRING,
                                "Tags", Tags.SHAPE, "SSESpecification", struct("Enabled", BOOLEAN),
                                "ClusterEndpointEncryptionType", STRING, "NetworkType", STRING),
                        faults(CLUSTER_ALREADY_EXISTS, CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED,
                                INSUFFICIENT_CLUSTER_CAPACITY, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_GROUP_STATE, INVALID_PARAMETER_VALUE, INVALID_VPC_NETWORK_STATE,
                                NODE_QUOTA_FOR_CLUSTER_EXCEEDED, NODE_QUOTA_FOR_CUSTOMER_EXCEEDED,
                                PARAMETER_GROUP_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND, SERVICE_QUOTA_EXCEEDED,
                                SUBNET_GROUP_NOT_FOUND, TAG_QUOTA_PER_RESOURCE_EXCEEDED)),
                new Operation("DescribeClusters", new DescribeClustersHandler(),
                        struct("ClusterNames", STRINGS, "MaxResults", INTEGER, "NextToken", STRING),
                        faults(CLUSTER_NOT_FOUND, INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_VALUE,
                                SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("UpdateCluster", new UpdateClusterHandler(),
                        struct("ClusterName", STRING, "Description", STRING,
                                "PreferredMaintenanceWindow", STRING, "NotificationTopicArn", STRING,
                                "NotificationTopicStatus", STRING, "ParameterGroupName", STRING,
                                "SecurityGroupIds", STRINGS),
                        faults(CLUSTER_NOT_FOUND, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_GROUP_STATE, INVALID_PARAMETER_VALUE, PARAMETER_GROUP_NOT_FOUND,
                                SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("DeleteCluster", new DeleteClusterHandler(),
                        struct("ClusterName", STRING),
                        faults(CLUSTER_NOT_FOUND, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_VALUE, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("RebootNode", new RebootNodeHandler(),
                        struct("ClusterName", STRING, "NodeId", STRING),
                        faults(CLUSTER_NOT_FOUND, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_VALUE, NODE_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("IncreaseReplicationFactor", new IncreaseReplicationFactorHandler(),
                        struct("ClusterName", STRING, "NewReplicationFactor", INTEGER,
                                "AvailabilityZones", STRINGS),
                        faults(CLUSTER_NOT_FOUND, INSUFFICIENT_CLUSTER_CAPACITY, INVALID_CLUSTER_STATE,
                                INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_VALUE, INVALID_VPC_NETWORK_STATE,
                                NODE_QUOTA_FOR_CLUSTER_EXCEEDED, NODE_QUOTA_FOR_CUSTOMER_EXCEEDED,
                                SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("DecreaseReplicationFactor", new DecreaseReplicationFactorHandler(),
                        struct("ClusterName", STRING, "NewReplicationFactor", INTEGER,
                                "AvailabilityZones", STRINGS, "NodeIdsToRemove", STRINGS),
                        faults(CLUSTER_NOT_FOUND, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_VALUE, NODE_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("CreateParameterGroup", new CreateParameterGroupHandler(),
                        struct("ParameterGroupName", STRING, "Description", STRING),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_GROUP_STATE, INVALID_PARAMETER_VALUE,
                                PARAMETER_GROUP_ALREADY_EXISTS, PARAMETER_GROUP_QUOTA_EXCEEDED,
                                SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("DescribeParameterGroups", new DescribeParameterGroupsHandler(),
                        struct("ParameterGroupNames", STRINGS, "MaxResults", INTEGER,
                                "NextToken", STRING),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_VALUE, PARAMETER_GROUP_NOT_FOUND,
                                SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("UpdateParameterGroup", new UpdateParameterGroupHandler(),
                        struct("ParameterGroupName", STRING, "ParameterNameValues",
                                list(struct("ParameterName", STRING, "ParameterValue", STRING))),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_GROUP_STATE, INVALID_PARAMETER_VALUE,
                                PARAMETER_GROUP_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("DeleteParameterGroup", new DeleteParameterGroupHandler(),
                        struct("ParameterGroupName", STRING),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_GROUP_STATE, INVALID_PARAMETER_VALUE,
                                PARAMETER_GROUP_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("DescribeParameters", new DescribeParametersHandler(),
                        struct("ParameterGroupName", STRING, "Source", STRING,
                                "MaxResults", INTEGER, "NextToken", STRING),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_VALUE, PARAMETER_GROUP_NOT_FOUND,
                                SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("DescribeDefaultParameters", new DescribeDefaultParametersHandler(),
                        struct("MaxResults", INTEGER, "NextToken", STRING),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_VALUE, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("CreateSubnetGroup", new CreateSubnetGroupHandler(),
                        struct("SubnetGroupName", STRING, "Description", STRING,
                                "SubnetIds", STRINGS),
                        faults(INVALID_SUBNET, SERVICE_LINKED_ROLE_NOT_FOUND, SUBNET_GROUP_ALREADY_EXISTS,
                                SUBNET_GROUP_QUOTA_EXCEEDED, SUBNET_NOT_ALLOWED, SUBNET_QUOTA_EXCEEDED)),
                new Operation("DescribeSubnetGroups", new DescribeSubnetGroupsHandler(),
                        struct("SubnetGroupNames", STRINGS, "MaxResults", INTEGER,
                                "NextToken", STRING),
                        faults(SERVICE_LINKED_ROLE_NOT_FOUND, SUBNET_GROUP_NOT_FOUND)),
                new Operation("UpdateSubnetGroup", new UpdateSubnetGroupHandler(),
                        struct("SubnetGroupName", STRING, "Description", STRING,
                                "SubnetIds", STRINGS),
                        faults(INVALID_SUBNET, SERVICE_LINKED_ROLE_NOT_FOUND, SUBNET_GROUP_NOT_FOUND, SUBNET_IN_USE,
                                SUBNET_NOT_ALLOWED, SUBNET_QUOTA_EXCEEDED)),
                new Operation("DeleteSubnetGroup", new DeleteSubnetGroupHandler(),
                        struct("SubnetGroupName", STRING),
                        faults(SERVICE_LINKED_ROLE_NOT_FOUND, SUBNET_GROUP_IN_USE, SUBNET_GROUP_NOT_FOUND)),
                new Operation("DescribeEvents", new DescribeEventsHandler(),
                        struct("SourceName", STRING, "SourceType", STRING,
                                "StartTime", TIMESTAMP, "EndTime", TIMESTAMP, "Duration", INTEGER,
                                "MaxResults", INTEGER, "NextToken", STRING),
                        faults(INVALID_PARAMETER_COMBINATION, INVALID_PARAMETER_VALUE, SERVICE_LINKED_ROLE_NOT_FOUND)),
                new Operation("TagResource", new TagResourceHandler(),
                        struct("ResourceName", STRING, "Tags", Tags.SHAPE),
                        faults(CLUSTER_NOT_FOUND, INVALID_ARN, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_VALUE, SERVICE_LINKED_ROLE_NOT_FOUND,
                                TAG_QUOTA_PER_RESOURCE_EXCEEDED)),
                new Operation("UntagResource", new UntagResourceHandler(),
                        struct("ResourceName", STRING, "TagKeys", STRINGS),
                        faults(CLUSTER_NOT_FOUND, INVALID_ARN, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_VALUE, SERVICE_LINKED_ROLE_NOT_FOUND, TAG_NOT_FOUND)),
                new Operation("ListTags", new ListTagsHandler(),
                        struct("ResourceName", STRING, "NextToken", STRING),
                        faults(CLUSTER_NOT_FOUND, INVALID_ARN, INVALID_CLUSTER_STATE, INVALID_PARAMETER_COMBINATION,
                                INVALID_PARAMETER_VALUE, SERVICE_LINKED_ROLE_NOT_FOUND))));
    }

    private static Set<ErrorCode> faults(ErrorCode first, ErrorCode... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
