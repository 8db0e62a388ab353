package org.daxkit.reference.ops;

import static org.daxkit.reference.api.ErrorCode.CLUSTER_NOT_FOUND;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Operation;
import org.daxkit.reference.api.Shape;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.view.ClusterJson;

/** DescribeClusters: all clusters, or the named ones (each must exist), sorted by name, paged. */
final class DescribeClustersHandler implements Operation {
    private static final Shape REQUEST = Shape.struct("ClusterNames", Shape.STRINGS, "MaxResults", Shape.INTEGER, "NextToken", Shape.STRING);
    private static final Listing<Cluster> LISTING = new Listing<>("Clusters", Cluster::name, ClusterJson::render);

    @Override
    public String name() {
        return "DescribeClusters";
    }

    @Override
    public Shape requestShape() {
        return REQUEST;
    }

    @Override
    public Set<ErrorCode> modeledFaults() {
        return Faults.withStandard(CLUSTER_NOT_FOUND);
    }

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        List<String> names = input.stringList("ClusterNames").orElse(List.of());
        names.forEach(n -> Checks.wellFormedClusterName("ClusterNames", n));
        int max = Checks.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> LISTING.answer(names, tx.clusters().values(), tx::cluster, max, token));
    }
}
