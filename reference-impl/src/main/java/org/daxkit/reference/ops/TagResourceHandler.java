package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_NOT_FOUND;
import static org.daxkit.reference.api.ErrorCode.INVALID_ARN;
import static org.daxkit.reference.api.ErrorCode.INVALID_CLUSTER_STATE;
import static org.daxkit.reference.api.ErrorCode.TAG_QUOTA_PER_RESOURCE_EXCEEDED;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;

/** TagResource: adds or overwrites tags on a cluster, at most 50 per cluster. Returns all its tags. */
final class TagResourceHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ResourceName", Shape.STRING, "Tags", Tags.SHAPE);

    @Override
    public String name() {
        return "TagResource";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(CLUSTER_NOT_FOUND, TAG_QUOTA_PER_RESOURCE_EXCEEDED, INVALID_ARN,
                INVALID_CLUSTER_STATE);
    }

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
