package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.INVALID_ARN;
import static org.daxkit.reference.api.ErrorCode.INVALID_CLUSTER_STATE;
import static org.daxkit.reference.api.ErrorCode.TAG_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** UntagResource: removes tags by key; a key the cluster lacks is TagNotFoundFault. Returns the rest. */
final class UntagResourceHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ResourceName", Shape.STRING, "TagKeys", Shape.STRINGS);

    @Override
    public String name() {
        return "UntagResource";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(CLUSTER_NOT_FOUND, INVALID_ARN, TAG_NOT_FOUND, INVALID_CLUSTER_STATE);
    }

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
