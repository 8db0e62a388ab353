package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.ParameterDefinition;
import org.daxkit.reference.state.ParameterGroup;

/** DescribeParameters: a group's parameters with their values in force; Source filters user/system. */
final class DescribeParametersHandler implements OperationHandler {
    private static final Set<String> SOURCES = Set.of("user", "system");

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
