package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.SubnetGroup;

/** DescribeSubnetGroups: all groups, or the named ones (each must exist), sorted by name, paged. */
final class DescribeSubnetGroupsHandler implements OperationHandler {
    private static final Listing<SubnetGroup> LISTING = new Listing<>("SubnetGroups", SubnetGroup::key, SubnetGroups::render);

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        List<String> names = input.stringList("SubnetGroupNames").orElse(List.of());
        int max = Validators.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> LISTING.answer(names, tx.subnetGroups().values(), tx::subnetGroup, max, token));
    }
}
