package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.Tx;

/** Resolves a tagging ResourceName (a cluster ARN) to its cluster, and renders {"Tags": [...]}. */
final class TaggedClusters {
    private static final Pattern CLUSTER_ARN =
            Pattern.compile("arn:aws[a-z-]*:dax:([a-z0-9-]+):([0-9]{12}):cache/([A-Za-z0-9-]{1,20})");

    private TaggedClusters() {
    }

    /** Not a DAX cluster ARN: InvalidARNFault. Another region or account, or no such cluster: ClusterNotFoundFault. */
    static Cluster resolve(Tx tx, String resourceName) {
        Matcher arn = CLUSTER_ARN.matcher(resourceName);
        if (!arn.matches()) {
            throw new DaxFault(ErrorCode.INVALID_ARN, "'" + resourceName
                    + "' is not a DAX cluster ARN (arn:aws:dax:<region>:<account>:cache/<cluster-name>).");
        }
        if (!arn.group(1).equals(tx.settings().region()) || !arn.group(2).equals(tx.settings().accountId())) {
            throw new DaxFault(ErrorCode.CLUSTER_NOT_FOUND, "Cluster " + arn.group(3) + " not found in region "
                    + arn.group(1) + " of account " + arn.group(2) + ".");
        }
        return tx.cluster(arn.group(3));
    }

    /** Tags cannot change while the cluster is being deleted. */
    static void requireNotDeleting(Cluster cluster) {
        if (Cluster.DELETING.equals(cluster.status())) {
            throw new DaxFault(ErrorCode.INVALID_CLUSTER_STATE, "Cluster " + cluster.name() + " is being deleted.");
        }
    }

    static ObjectNode tagsResult(Cluster cluster) {
        ObjectNode result = Json.object();
        result.set("Tags", Tags.render(cluster.tags()));
        return result;
    }
}
