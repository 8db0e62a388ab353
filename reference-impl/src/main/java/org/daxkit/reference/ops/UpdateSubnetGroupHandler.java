package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.INVALID_SUBNET;
import static org.daxkit.reference.api.ErrorCode.SERVICE_LINKED_ROLE_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SUBNET_IN_USE;
import static org.daxkit.reference.api.ErrorCode.SUBNET_NOT_ALLOWED;
import static org.daxkit.reference.api.ErrorCode.SUBNET_QUOTA_EXCEEDED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.Names;
import org.daxkit.reference.state.SubnetGroup;

/** UpdateSubnetGroup: new description and/or subnets; a group in use may not lose a subnet. */
final class UpdateSubnetGroupHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("SubnetGroupName", Shape.STRING, "Description", Shape.STRING,
            "SubnetIds", Shape.STRINGS);

    @Override
    public String name() {
        return "UpdateSubnetGroup";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.of(SUBNET_GROUP_NOT_FOUND, SUBNET_QUOTA_EXCEEDED, SUBNET_IN_USE, INVALID_SUBNET,
                SERVICE_LINKED_ROLE_NOT_FOUND, SUBNET_NOT_ALLOWED);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = SubnetGroups.requiredExistingName(input);
        var description = input.string("Description");
        var subnets = input.stringList("SubnetIds").map(ids -> SubnetGroups.subnets(ids, store.settings().region()));
        return store.apply(tx -> {
            SubnetGroup group = tx.subnetGroup(name);
            if (subnets.isPresent() && inUse(tx.clusters().values(), group)) {
                List<String> kept = subnets.get().stream().map(SubnetGroup.Subnet::id).toList();
                group.subnets().stream().filter(s -> !kept.contains(s.id())).findFirst().ifPresent(s -> {
                    throw new DaxFault(SUBNET_IN_USE, "Subnet " + s.id() + " is in use by a cluster of subnet group "
                            + group.name() + ".");
                });
            }
            description.ifPresent(d -> group.setDescription(d.isEmpty() ? null : d));
            subnets.ifPresent(group::setSubnets);
            tx.event(group.name(), Event.SourceType.SUBNET_GROUP, "Subnet group updated.");
            return SubnetGroups.result(group);
        });
    }

    static boolean inUse(java.util.Collection<org.daxkit.reference.state.Cluster> clusters, SubnetGroup group) {
        return clusters.stream().anyMatch(c -> Names.lower(c.spec().subnetGroupName()).equals(group.key()));
    }
}
