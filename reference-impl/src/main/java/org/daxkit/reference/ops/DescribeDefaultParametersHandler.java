package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.ParameterDefinition;
import org.daxkit.reference.state.ParameterGroup;

/** DescribeDefaultParameters: the DAX parameters at their default values. */
final class DescribeDefaultParametersHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("MaxResults", Shape.INTEGER, "NextToken", Shape.STRING);

    @Override
    public String name() {
        return "DescribeDefaultParameters";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard();
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        return ParameterPages.render(input, ParameterDefinition.ALL, ParameterDefinition::defaultValue, p -> ParameterGroup.SOURCE);
    }
}
