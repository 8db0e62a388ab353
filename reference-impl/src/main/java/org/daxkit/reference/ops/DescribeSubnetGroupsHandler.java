package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.SERVICE_LINKED_ROLE_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.SUBNET_GROUP_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.SubnetGroup;

/** DescribeSubnetGroups: all groups, or the named ones (each must exist), sorted by name, paged. */
final class DescribeSubnetGroupsHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("SubnetGroupNames", Shape.STRINGS, "MaxResults", Shape.INTEGER,
            "NextToken", Shape.STRING);
    private static final Listing<SubnetGroup> LISTING = new Listing<>("SubnetGroups", SubnetGroup::key, SubnetGroups::render);

    @Override
    public String name() {
        return "DescribeSubnetGroups";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.of(SUBNET_GROUP_NOT_FOUND, SERVICE_LINKED_ROLE_NOT_FOUND);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        List<String> names = input.stringList("SubnetGroupNames").orElse(List.of());
        int max = Checks.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> LISTING.answer(names, tx.subnetGroups().values(), tx::subnetGroup, max, token));
    }
}
