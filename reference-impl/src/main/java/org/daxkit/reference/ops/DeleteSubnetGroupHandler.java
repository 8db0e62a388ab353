package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_IN_USE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.SubnetGroup;

/** DeleteSubnetGroup: only when no cluster uses it. */
final class DeleteSubnetGroupHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = SubnetGroups.requiredExistingName(input);
        return store.apply(tx -> {
            SubnetGroup group = tx.subnetGroup(name);
            if (UpdateSubnetGroupHandler.inUse(tx.clusters().values(), group)) {
                throw new DaxFault(SUBNET_GROUP_IN_USE, "Subnet group " + group.name() + " is in use by a cluster.");
            }
            tx.subnetGroups().remove(group.key());
            tx.event(group.name(), Event.SourceType.SUBNET_GROUP, "Subnet group deleted.");
            return Json.object().put("DeletionMessage", "Subnet group " + group.name() + " has been deleted.");
        });
    }
}
