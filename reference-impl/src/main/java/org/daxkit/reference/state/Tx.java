package org.daxkit.reference.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.daxkit.reference.config.ServerSettings;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;

/** One unit of work on the state, at one instant, under the store's lock. */
public final class Tx {
    private final State state;
    private final Instant now;
    private final ServerSettings settings;

    Tx(State state, Instant now, ServerSettings settings) {
        this.state = state;
        this.now = now;
        this.settings = settings;
    }

    public Instant now() {
        return now;
    }

    public Instant after(Duration duration) {
        return now.plus(duration);
    }

    public ServerSettings settings() {
        return settings;
    }

    public Map<String, Cluster> clusters() {
        return state.clusters;
    }

    public Map<String, ParameterGroup> parameterGroups() {
        return state.parameterGroups;
    }

    public Map<String, SubnetGroup> subnetGroups() {
        return state.subnetGroups;
    }

    public java.util.List<Event> events() {
        return state.events;
    }

    public FaultInjector faults() {
        return state.faults;
    }

    public boolean serviceLinkedRolePresent() {
        return state.serviceLinkedRolePresent;
    }

    /** ServiceLinkedRoleNotFoundFault while the control API has removed the role. */
    public void requireServiceLinkedRole() {
        if (!state.serviceLinkedRolePresent) {
            throw new DaxFault(ErrorCode.SERVICE_LINKED_ROLE_NOT_FOUND,
                    "The account has no service-linked role for DAX (AWSServiceRoleForDAX).");
        }
    }

    public void setServiceLinkedRolePresent(boolean present) {
        state.serviceLinkedRolePresent = present;
    }

    /** The cluster by name (case-insensitive), or ClusterNotFoundFault. */
    public Cluster cluster(String name) {
        Cluster cluster = state.clusters.get(Names.lower(name));
        if (cluster == null) {
            throw new DaxFault(ErrorCode.CLUSTER_NOT_FOUND, "Cluster " + name + " not found.");
        }
        return cluster;
    }

    public ParameterGroup parameterGroup(String name) {
        ParameterGroup group = state.parameterGroups.get(Names.lower(name));
        if (group == null) {
            throw new DaxFault(ErrorCode.PARAMETER_GROUP_NOT_FOUND, "Parameter group " + name + " not found.");
        }
        return group;
    }

    public SubnetGroup subnetGroup(String name) {
        SubnetGroup group = state.subnetGroups.get(Names.lower(name));
        if (group == null) {
            throw new DaxFault(ErrorCode.SUBNET_GROUP_NOT_FOUND, "Subnet group " + name + " not found.");
        }
        return group;
    }

    public void event(String sourceName, Event.SourceType type, String message) {
        state.addEvent(sourceName, type, message, now);
    }
}
