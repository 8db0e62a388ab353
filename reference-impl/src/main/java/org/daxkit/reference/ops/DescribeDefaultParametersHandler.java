package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.ParameterDefinition;
import org.daxkit.reference.state.ParameterGroup;

/** DescribeDefaultParameters: the DAX parameters at their default values. */
final class DescribeDefaultParametersHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        return ParameterPages.render(input, ParameterDefinition.ALL, ParameterDefinition::defaultValue, p -> ParameterGroup.SOURCE);
    }
}
