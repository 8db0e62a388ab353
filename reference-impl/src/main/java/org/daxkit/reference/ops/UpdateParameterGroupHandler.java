package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.INVALID_PARAMETER_GROUP_STATE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.ParameterDefinition;
import org.daxkit.reference.state.ParameterGroup;

/**
 * UpdateParameterGroup: sets values. The default group cannot be modified, nor can a group a cluster
 * uses: "You can't modify a parameter group that is being used by a running DAX instance" (DAX
 * developer guide, Managing DAX clusters).
 */
final class UpdateParameterGroupHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = input.requiredString("ParameterGroupName");
        List<Input> values = input.structList("ParameterNameValues").orElse(List.of());
        if (values.isEmpty()) {
            throw Input.missing("ParameterNameValues");
        }
        Map<ParameterDefinition, String> changes = new LinkedHashMap<>();
        for (Input value : values) {
            String parameterName = value.requiredString("ParameterName");
            ParameterDefinition parameter = ParameterDefinition.named(parameterName).orElseThrow(() ->
                    DaxFault.invalidParameter("Unknown parameter " + parameterName + "; DAX parameters are "
                            + ParameterDefinition.ALL.stream().map(ParameterDefinition::name).toList() + "."));
            String newValue = value.string("ParameterValue").orElse(null);
            if (!parameter.accepts(newValue)) {
                throw DaxFault.invalidParameter("Invalid value '" + newValue + "' for parameter " + parameterName
                        + ": expected a non-negative whole number of milliseconds.");
            }
            changes.put(parameter, newValue);
        }
        return store.apply(tx -> {
            ParameterGroup group = tx.parameterGroup(name);
            if (group.isDefault()) {
                throw DaxFault.invalidParameter("The default parameter group " + group.name() + " cannot be modified.");
            }
            ParameterGroups.userOf(tx.clusters().values(), group).ifPresent(cluster -> {
                throw new DaxFault(INVALID_PARAMETER_GROUP_STATE, "Parameter group " + group.name()
                        + " is in use by cluster " + cluster.name() + " and cannot be modified.");
            });
            changes.forEach(group::set);
            tx.event(group.name(), Event.SourceType.PARAMETER_GROUP, "Parameter group updated.");
            ObjectNode result = Json.object();
            result.set("ParameterGroup", ParameterGroups.render(group));
            return result;
        });
    }
}
