package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Map;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** ListTags: a cluster's tags. At most 50 exist, so one page always holds them all. */
final class ListTagsHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String resourceName = input.requiredString("ResourceName");
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> {
            Cluster cluster = TaggedClusters.resolve(tx, resourceName);
            var entries = new ArrayList<>(cluster.tags().entrySet());
            // Validates a given token; with at most 50 tags there is never a next page.
            Pages.page(entries, Map.Entry::getKey, Tags.MAX_PER_RESOURCE + 1, token, "tags");
            return TaggedClusters.tagsResult(cluster);
        });
    }
}
