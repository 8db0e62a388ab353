package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.SERVICE_LINKED_ROLE_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_IN_USE;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.SubnetGroup;

/** DeleteSubnetGroup: only when no cluster uses it. */
final class DeleteSubnetGroupHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("SubnetGroupName", Shape.STRING);

    @Override
    public String name() {
        return "DeleteSubnetGroup";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.of(SUBNET_GROUP_IN_USE, SUBNET_GROUP_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND);
    }

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
