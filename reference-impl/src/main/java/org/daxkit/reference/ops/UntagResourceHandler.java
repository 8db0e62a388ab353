package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.TAG_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** UntagResource: removes tags by key; a key the cluster lacks is TagNotFoundFault. Returns the rest. */
final class UntagResourceHandler implements OperationHandler {
    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        String resourceName = input.requiredString("ResourceName");
        List<String> keys = input.stringList("TagKeys").orElse(List.of());
        if (keys.isEmpty()) {
            throw Input.missing("TagKeys");
        }
        return store.apply(tx -> {
            Cluster cluster = TaggedClusters.resolve(tx, resourceName);
            TaggedClusters.requireNotDeleting(cluster);
            for (String key : keys) {
                if (!cluster.tags().containsKey(key)) {
                    throw new DaxFault(TAG_NOT_FOUND, "Cluster " + cluster.name() + " has no tag with key '" + key + "'.");
                }
            }
            keys.forEach(cluster.tags()::remove);
            return TaggedClusters.tagsResult(cluster);
        });
    }
}
