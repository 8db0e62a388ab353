package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.PARAMETER_GROUP_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.ParameterGroup;

/** DescribeParameterGroups: all groups, or the named ones (each must exist), sorted by name, paged. */
final class DescribeParameterGroupsHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ParameterGroupNames", Shape.STRINGS, "MaxResults", Shape.INTEGER,
            "NextToken", Shape.STRING);
    private static final Listing<ParameterGroup> LISTING = new Listing<>("ParameterGroups", ParameterGroup::name, ParameterGroups::render);

    @Override
    public String name() {
        return "DescribeParameterGroups";
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
        List<String> names = input.stringList("ParameterGroupNames").orElse(List.of());
        int max = Checks.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> LISTING.answer(names, tx.parameterGroups().values(), tx::parameterGroup, max, token));
    }
}
