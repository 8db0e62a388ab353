package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_ALREADY_EXISTS;
import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_QUOTA_EXCEEDED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.ParameterGroup;

/** CreateParameterGroup: a new group whose parameters start at their defaults. */
final class CreateParameterGroupHandler implements OperationHandler {
    static final int MAX_GROUPS = 20;

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = Validators.newGroupName(input, "ParameterGroupName");
        String description = input.string("Description").filter(d -> !d.isEmpty()).orElse(null);
        return store.apply(tx -> {
            if (tx.parameterGroups().containsKey(name)) {
                throw new DaxFault(PARAMETER_GROUP_ALREADY_EXISTS, "Parameter group " + name + " already exists.");
            }
            if (tx.parameterGroups().size() >= MAX_GROUPS) {
                throw new DaxFault(PARAMETER_GROUP_QUOTA_EXCEEDED,
                        "You have reached the quota of " + MAX_GROUPS + " parameter groups.");
            }
            ParameterGroup group = new ParameterGroup(name, description);
            tx.parameterGroups().put(name, group);
            tx.event(name, Event.SourceType.PARAMETER_GROUP, "Parameter group created.");
            ObjectNode result = Json.object();
            result.set("ParameterGroup", ParameterGroups.render(group));
            return result;
        });
    }
}
