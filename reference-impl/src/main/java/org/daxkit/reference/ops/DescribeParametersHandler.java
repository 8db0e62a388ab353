package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.ParameterDefinition;
import org.daxkit.reference.state.ParameterGroup;

/** DescribeParameters: a group's parameters with their values in force; Source filters user/system. */
final class DescribeParametersHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ParameterGroupName", Shape.STRING, "Source", Shape.STRING,
            "MaxResults", Shape.INTEGER, "NextToken", Shape.STRING);
    private static final Set<String> SOURCES = Set.of("user", "system");

    @Override
    public String name() {
        return "DescribeParameters";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(PARAMETER_GROUP_NOT_FOUND);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String name = input.requiredString("ParameterGroupName");
        String source = input.string("Source").orElse(null);
        if (source != null && !SOURCES.contains(source)) {
            throw DaxFault.invalidParameter("The parameter Source must be user or system, got '" + source + "'.");
        }
        return store.apply(tx -> {
            ParameterGroup group = tx.parameterGroup(name);
            var parameters = ParameterDefinition.ALL.stream()
                    .filter(p -> source == null || source.equals(group.source(p)))
                    .toList();
            return ParameterPages.render(input, parameters, group::value, group::source);
        });
    }
}
