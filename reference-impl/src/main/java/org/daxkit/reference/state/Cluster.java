package org.daxkit.reference.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A DAX cluster's state. Mutated only under the store's lock. */
public final class Cluster {
    public static final String CREATING = "creating";
    public static final String AVAILABLE = "available";
    public static final String MODIFYING = "modifying";
    public static final String DELETING = "deleting";

    private final ClusterSpec spec;
    private final String arn;
    private final String discoveryAddress;
    private final String endpointId;
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> nodeIdsToRemove = new ArrayList<>();
    private final List<String> nodeIdsToReboot = new ArrayList<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private String status = CREATING;
    private Instant statusDueAt;
    private String description;
    private String maintenanceWindow;
    private String topicArn;
    private String topicStatus;
    private List<String> securityGroupIds;
    private String parameterGroupName;
    private int nodesEverCreated;

    public Cluster(ClusterSpec spec, String arn, String endpointId, String discoveryAddress) {
        this.spec = spec;
        this.arn = arn;
        this.endpointId = endpointId;
        this.discoveryAddress = discoveryAddress;
        this.description = spec.description();
        this.maintenanceWindow = spec.maintenanceWindow();
        this.topicArn = spec.notificationTopicArn();
        this.topicStatus = spec.notificationTopicArn() == null ? null : "active";
        this.securityGroupIds = List.copyOf(spec.securityGroupIds());
        this.parameterGroupName = spec.parameterGroupName();
        this.tags.putAll(spec.tags());
    }

    public ClusterSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    public String arn() {
        return arn;
    }

    public String endpointId() {
        return endpointId;
    }

    public String discoveryAddress() {
        return discoveryAddress;
    }

    public int port() {
        return spec.tls() ? 9111 : 8111;
    }

    public String urlScheme() {
        return spec.tls() ? "daxs" : "dax";
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /**
     * Nodes able to serve: the available ones, none while the cluster is deleting (the delete-cluster
     * example of the AWS CLI shows ActiveNodes 0 for a deleting cluster).
     */
    public long activeNodes() {
        if (DELETING.equals(status)) {
            return 0;
        }
        return nodes.stream().filter(Node::isAvailable).count();
    }

    public List<String> nodeIdsToRemove() {
        return nodeIdsToRemove;
    }

    public List<String> nodeIdsToReboot() {
        return nodeIdsToReboot;
    }

    public Map<String, String> tags() {
        return tags;
    }

    public String status() {
        return status;
    }

    public Instant statusDueAt() {
        return statusDueAt;
    }

    public void setStatus(String status, Instant dueAt) {
        this.status = status;
        this.statusDueAt = dueAt;
    }

    public boolean isAvailable() {
        return AVAILABLE.equals(status);
    }

    /** While creating or deleting DescribeClusters shows cluster-level data only. */
    public boolean showsNodes() {
        return !CREATING.equals(status) && !DELETING.equals(status);
    }

    /** A creating cluster has no discovery address yet (the create-cluster example shows only the port). */
    public boolean hasDiscoveryAddress() {
        return !CREATING.equals(status);
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String maintenanceWindow() {
        return maintenanceWindow;
    }

    public void setMaintenanceWindow(String maintenanceWindow) {
        this.maintenanceWindow = maintenanceWindow;
    }

    public String topicArn() {
        return topicArn;
    }

    public String topicStatus() {
        return topicStatus;
    }

    public void setNotification(String topicArn, String topicStatus) {
        this.topicArn = topicArn;
        this.topicStatus = topicStatus;
    }

    public List<String> securityGroupIds() {
        return securityGroupIds;
    }

    public void setSecurityGroupIds(List<String> securityGroupIds) {
        this.securityGroupIds = List.copyOf(securityGroupIds);
    }

    public String parameterGroupName() {
        return parameterGroupName;
    }

    public void setParameterGroupName(String parameterGroupName) {
        this.parameterGroupName = parameterGroupName;
    }

    /** The next node suffix index: node ids are never reused within a cluster's life. */
    public int takeNodeIndex() {
        return nodesEverCreated++;
    }
}
