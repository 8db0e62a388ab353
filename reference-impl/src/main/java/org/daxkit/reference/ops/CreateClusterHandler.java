package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_ALREADY_EXISTS;
import static org.daxkit.reference.api.ErrorCode.CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.INSUFFICIENT_CLUSTER_CAPACITY;
import static org.daxkit.reference.api.ErrorCode.INVALID_CLUSTER_STATE;
import static org.daxkit.reference.api.ErrorCode.INVALID_PARAMETER_GROUP_STATE;
import static org.daxkit.reference.api.ErrorCode.INVALID_VPC_NETWORK_STATE;
import static org.daxkit.reference.api.ErrorCode.NODE_QUOTA_FOR_CLUSTER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.NODE_QUOTA_FOR_CUSTOMER_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SERVICE_QUOTA_EXCEEDED;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.TAG_QUOTA_PER_RESOURCE_EXCEEDED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.ClusterFactory;
import org.daxkit.reference.state.ClusterSpec;
import org.daxkit.reference.state.DaxStore;

/** CreateCluster: validates, then adds a cluster in status creating that turns available later. */
final class CreateClusterHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ClusterName", Shape.STRING, "NodeType", Shape.STRING, "Description", Shape.STRING,
            "ReplicationFactor", Shape.INTEGER, "AvailabilityZones", Shape.STRINGS, "SubnetGroupName", Shape.STRING,
            "SecurityGroupIds", Shape.STRINGS, "PreferredMaintenanceWindow", Shape.STRING,
            "NotificationTopicArn", Shape.STRING, "IamRoleArn", Shape.STRING, "ParameterGroupName", Shape.STRING,
            "Tags", Tags.SHAPE, "SSESpecification", Shape.struct("Enabled", Shape.BOOLEAN),
            "ClusterEndpointEncryptionType", Shape.STRING, "NetworkType", Shape.STRING);

    @Override
    public String name() {
        return "CreateCluster";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(CLUSTER_ALREADY_EXISTS, INVALID_CLUSTER_STATE, INSUFFICIENT_CLUSTER_CAPACITY,
                SUBNET_GROUP_NOT_FOUND, INVALID_PARAMETER_GROUP_STATE, PARAMETER_GROUP_NOT_FOUND,
                CLUSTER_QUOTA_FOR_CUSTOMER_EXCEEDED, NODE_QUOTA_FOR_CLUSTER_EXCEEDED, NODE_QUOTA_FOR_CUSTOMER_EXCEEDED,
                INVALID_VPC_NETWORK_STATE, TAG_QUOTA_PER_RESOURCE_EXCEEDED, SERVICE_QUOTA_EXCEEDED);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        var settings = store.settings();
        ClusterSpec spec = CreateClusterRequest.read(input, settings.region(), settings.accountId());
        ClusterFactory factory = new ClusterFactory(settings.region(), settings.accountId());
        return store.apply(tx -> {
            if (tx.clusters().containsKey(spec.name())) {
                throw new DaxFault(CLUSTER_ALREADY_EXISTS, "Cluster " + spec.name() + " already exists.");
            }
            ReplicationFactors.checkAccountQuota(tx.clusters().values(), spec.replicationFactor());
            String subnetGroup = tx.subnetGroup(spec.subnetGroupName()).name();
            tx.parameterGroup(spec.parameterGroupName());
            Cluster cluster = factory.create(spec.withSubnetGroupName(subnetGroup), tx.now(),
                    tx.after(settings.createDuration()));
            tx.clusters().put(spec.name(), cluster);
            return ClusterStates.result(cluster);
        });
    }
}
