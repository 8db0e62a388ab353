package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** TagResource: adds or overwrites tags on a cluster, at most 50 per cluster. Returns all its tags. */
final class TagResourceHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String resourceName = input.requiredString("ResourceName");
        var tags = Tags.read(input, "Tags");
        if (tags.isEmpty()) {
            throw Input.missing("Tags");
        }
        return store.apply(tx -> {
            Cluster cluster = TaggedClusters.resolve(tx, resourceName);
            TaggedClusters.requireNotDeleting(cluster);
            var merged = new LinkedHashMap<>(cluster.tags());
            merged.putAll(tags);
            Tags.checkQuota(merged.size());
            cluster.tags().putAll(tags);
            return TaggedClusters.tagsResult(cluster);
        });
    }
}
