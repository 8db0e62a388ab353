package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_ALREADY_EXISTS;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_QUOTA_EXCEEDED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.Ids;
import org.daxkit.reference.state.Names;
import org.daxkit.reference.state.SubnetGroup;

/** CreateSubnetGroup: a named set of subnets in the account's VPC. */
final class CreateSubnetGroupHandler implements OperationHandler {
    static final int MAX_GROUPS = 50;

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Validators.newGroupNameAsGiven(input, "SubnetGroupName");
        String description = input.string("Description").filter(d -> !d.isEmpty()).orElse(null);
        var settings = store.settings();
        var subnets = SubnetGroups.subnets(SubnetGroups.requiredSubnetIds(input), settings.region());
        return store.apply(tx -> {
            if (tx.subnetGroups().containsKey(Names.lower(name))) {
                throw new DaxFault(SUBNET_GROUP_ALREADY_EXISTS, "Subnet group " + name + " already exists.");
            }
            if (tx.subnetGroups().size() >= MAX_GROUPS) {
                throw new DaxFault(SUBNET_GROUP_QUOTA_EXCEEDED,
                        "You have reached the quota of " + MAX_GROUPS + " subnet groups.");
            }
            SubnetGroup group = new SubnetGroup(name, description,
                    "vpc-" + Ids.hex(settings.accountId() + "vpc", 17), subnets);
            tx.subnetGroups().put(group.key(), group);
            tx.event(name, Event.SourceType.SUBNET_GROUP, "Subnet group created.");
            return SubnetGroups.result(group);
        });
    }
}
