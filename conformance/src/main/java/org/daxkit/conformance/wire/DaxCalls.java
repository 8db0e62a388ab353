package org.daxkit.conformance.wire;

import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.CreateClusterResponse;
import software.amazon.awssdk.services.dax.model.CreateParameterGroupResponse;
import software.amazon.awssdk.services.dax.model.DecreaseReplicationFactorResponse;
import software.amazon.awssdk.services.dax.model.DeleteClusterResponse;
import software.amazon.awssdk.services.dax.model.DeleteParameterGroupResponse;
import software.amazon.awssdk.services.dax.model.DescribeClustersResponse;
import software.amazon.awssdk.services.dax.model.DescribeEventsResponse;
import software.amazon.awssdk.services.dax.model.IncreaseReplicationFactorResponse;
import software.amazon.awssdk.services.dax.model.RebootNodeRequest;
import software.amazon.awssdk.services.dax.model.RebootNodeResponse;
import software.amazon.awssdk.services.dax.model.SourceType;
import software.amazon.awssdk.services.dax.model.Tag;
import software.amazon.awssdk.services.dax.model.UpdateClusterResponse;

/** The DAX calls the checks make, each returning an {@link Answer} with its raw exchange. */
public final class DaxCalls {
    private final DaxClient client;
    private final WireRecorder recorder;
    private final ClusterSettings settings;

    public DaxCalls(DaxClient client, WireRecorder recorder, ClusterSettings settings) {
        this.client = client;
        this.recorder = recorder;
        this.settings = settings;
    }

    /** RebootNode; a null argument is left out of the request. */
    public Answer<RebootNodeResponse> rebootNode(String clusterName, String nodeId) {
        RebootNodeRequest.Builder b = RebootNodeRequest.builder();
        if (clusterName != null) {
            b.clusterName(clusterName);
        }
        if (nodeId != null) {
            b.nodeId(nodeId);
        }
        RebootNodeRequest request = b.build();
        return call("RebootNode", () -> client.rebootNode(request));
    }

    public Answer<DescribeClustersResponse> describeCluster(String clusterName) {
        return call("DescribeClusters", () -> client.describeClusters(r -> r.clusterNames(clusterName)));
    }

    /** DescribeClusters of several names in one call. */
    public Answer<DescribeClustersResponse> describeClusters(java.util.List<String> clusterNames) {
        return call("DescribeClusters", () -> client.describeClusters(r -> r.clusterNames(clusterNames)));
    }

    public Answer<CreateClusterResponse> createCluster(String clusterName, int replicationFactor) {
        return call("CreateCluster", () -> client.createCluster(r -> {
            r.clusterName(clusterName).nodeType(settings.nodeType()).replicationFactor(replicationFactor)
                    .iamRoleArn(settings.iamRoleArn())
                    .description("made by the DAX conformance suite; safe to delete");
            if (settings.subnetGroup() != null) {
                r.subnetGroupName(settings.subnetGroup());
            }
            if (!settings.securityGroupIds().isEmpty()) {
                r.securityGroupIds(settings.securityGroupIds());
            }
            if (!settings.tags().isEmpty()) {
                r.tags(settings.tags().entrySet().stream()
                        .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build()).toList());
            }
        }));
    }

    public Answer<IncreaseReplicationFactorResponse> increaseReplicationFactor(String clusterName, int factor) {
        return call("IncreaseReplicationFactor", () -> client.increaseReplicationFactor(
                r -> r.clusterName(clusterName).newReplicationFactor(factor)));
    }

    public Answer<DecreaseReplicationFactorResponse> decreaseReplicationFactor(String clusterName, int factor) {
        return call("DecreaseReplicationFactor", () -> client.decreaseReplicationFactor(
                r -> r.clusterName(clusterName).newReplicationFactor(factor)));
    }

    public Answer<CreateParameterGroupResponse> createParameterGroup(String name) {
        return call("CreateParameterGroup", () -> client.createParameterGroup(r -> r.parameterGroupName(name)
                .description("made by the DAX conformance suite; safe to delete")));
    }

    public Answer<UpdateClusterResponse> changeParameterGroup(String clusterName, String parameterGroupName) {
        return call("UpdateCluster", () -> client.updateCluster(r -> r.clusterName(clusterName)
                .parameterGroupName(parameterGroupName)));
    }

    public Answer<DeleteParameterGroupResponse> deleteParameterGroup(String name) {
        return call("DeleteParameterGroup", () -> client.deleteParameterGroup(r -> r.parameterGroupName(name)));
    }

    /** DescribeEvents of one cluster (SourceType CLUSTER), as the target lists them. */
    public Answer<DescribeEventsResponse> describeClusterEvents(String clusterName) {
        return call("DescribeEvents", () -> client.describeEvents(r -> r.sourceName(clusterName)
                .sourceType(SourceType.CLUSTER)));
    }

    public Answer<DeleteClusterResponse> deleteCluster(String clusterName) {
        return call("DeleteCluster", () -> client.deleteCluster(r -> r.clusterName(clusterName)));
    }

    private <T> Answer<T> call(String operation, Supplier<T> call) {
        recorder.forgetLast();
        try {
            T response = call.get();
            return new Answer<>(operation, response, null, recorder.last());
        } catch (SdkException e) {
            return new Answer<>(operation, null, e, recorder.last());
        }
    }
}
