package org.daxkit.reference.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.ParameterNameValue;
import software.amazon.awssdk.services.dax.model.Tag;

/**
 * One well-formed SDK request per DAX operation (all 21), against the state {@link #prepare} sets up:
 * cluster {@value #CLUSTER} (three available nodes, tag k), parameter group {@value #PARAMETER_GROUP} and
 * subnet group {@value #SUBNET_GROUP}, none of them used by a cluster but the default ones.
 */
public final class SdkRequests {
    public static final String CLUSTER = "c";
    public static final String PARAMETER_GROUP = "pg";
    public static final String SUBNET_GROUP = "sn";
    public static final String ARN = "arn:aws:dax:us-east-1:123456789012:cache/" + CLUSTER;

    private SdkRequests() {
    }

    public static void prepare(TestServer t) {
        t.availableCluster(CLUSTER, 3);
        t.dax.tagResource(b -> b.resourceName(ARN).tags(Tag.builder().key("k").value("v").build()));
        t.dax.createParameterGroup(b -> b.parameterGroupName(PARAMETER_GROUP));
        t.dax.createSubnetGroup(b -> b.subnetGroupName(SUBNET_GROUP).subnetIds("subnet-0123abcd"));
    }

    /** Operation name to a call of it with valid inputs. */
    public static Map<String, Consumer<DaxClient>> all() {
        Map<String, Consumer<DaxClient>> calls = new LinkedHashMap<>();
        calls.put("CreateCluster", dax -> dax.createCluster(b -> b.clusterName("fresh").nodeType("dax.r5.large")
                .replicationFactor(1).iamRoleArn(TestServer.ROLE)));
        calls.put("CreateParameterGroup", dax -> dax.createParameterGroup(b -> b.parameterGroupName("fresh")));
        calls.put("CreateSubnetGroup", dax -> dax.createSubnetGroup(b -> b.subnetGroupName("fresh")
                .subnetIds("subnet-0123abcd")));
        calls.put("DecreaseReplicationFactor", dax -> dax.decreaseReplicationFactor(b -> b.clusterName(CLUSTER)
                .newReplicationFactor(2)));
        calls.put("DeleteCluster", dax -> dax.deleteCluster(b -> b.clusterName(CLUSTER)));
        calls.put("DeleteParameterGroup", dax -> dax.deleteParameterGroup(b -> b.parameterGroupName(PARAMETER_GROUP)));
        calls.put("DeleteSubnetGroup", dax -> dax.deleteSubnetGroup(b -> b.subnetGroupName(SUBNET_GROUP)));
        calls.put("DescribeClusters", dax -> dax.describeClusters(b -> b.clusterNames(CLUSTER)));
        calls.put("DescribeDefaultParameters", dax -> dax.describeDefaultParameters(b -> { }));
        calls.put("DescribeEvents", dax -> dax.describeEvents(b -> b.sourceName(CLUSTER)));
        calls.put("DescribeParameterGroups", dax -> dax.describeParameterGroups(b -> b.parameterGroupNames(PARAMETER_GROUP)));
        calls.put("DescribeParameters", dax -> dax.describeParameters(b -> b.parameterGroupName(PARAMETER_GROUP)));
        calls.put("DescribeSubnetGroups", dax -> dax.describeSubnetGroups(b -> b.subnetGroupNames(SUBNET_GROUP)));
        calls.put("IncreaseReplicationFactor", dax -> dax.increaseReplicationFactor(b -> b.clusterName(CLUSTER)
                .newReplicationFactor(4)));
        calls.put("ListTags", dax -> dax.listTags(b -> b.resourceName(ARN)));
        calls.put("RebootNode", dax -> dax.rebootNode(b -> b.clusterName(CLUSTER).nodeId(CLUSTER + "-a")));
        calls.put("TagResource", dax -> dax.tagResource(b -> b.resourceName(ARN)
                .tags(Tag.builder().key("k").value("v").build())));
        calls.put("UntagResource", dax -> dax.untagResource(b -> b.resourceName(ARN).tagKeys("k")));
        calls.put("UpdateCluster", dax -> dax.updateCluster(b -> b.clusterName(CLUSTER).description("d")));
        calls.put("UpdateParameterGroup", dax -> dax.updateParameterGroup(b -> b.parameterGroupName(PARAMETER_GROUP)
                .parameterNameValues(ParameterNameValue.builder().parameterName("query-ttl-millis")
                        .parameterValue("1000").build())));
        calls.put("UpdateSubnetGroup", dax -> dax.updateSubnetGroup(b -> b.subnetGroupName(SUBNET_GROUP)
                .description("d")));
        return calls;
    }
}
