package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.SUBNET_IN_USE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.Names;
import org.daxkit.reference.state.SubnetGroup;

/** UpdateSubnetGroup: new description and/or subnets; a group in use may not lose a subnet. */
final class UpdateSubnetGroupHandler implements OperationHandler {
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
