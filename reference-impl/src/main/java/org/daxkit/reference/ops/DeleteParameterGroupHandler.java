package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.INVALID_PARAMETER_GROUP_STATE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.ParameterGroup;

/** DeleteParameterGroup: not the default group, not one a cluster uses. */
final class DeleteParameterGroupHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = input.requiredString("ParameterGroupName");
        return store.apply(tx -> {
            ParameterGroup group = tx.parameterGroup(name);
            if (group.isDefault()) {
                throw DaxFault.invalidParameter("The default parameter group " + group.name() + " cannot be deleted.");
            }
            ParameterGroups.userOf(tx.clusters().values(), group).ifPresent(cluster -> {
                        throw new DaxFault(INVALID_PARAMETER_GROUP_STATE, "Parameter group " + group.name()
                                + " is in use by cluster " + cluster.name() + ".");
                    });
            tx.parameterGroups().remove(group.name());
            tx.event(group.name(), Event.SourceType.PARAMETER_GROUP, "Parameter group deleted.");
            return Json.object().put("DeletionMessage", "Parameter group " + group.name() + " has been deleted.");
        });
    }
}
