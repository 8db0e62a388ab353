package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.view.ClusterJson;

/** DescribeClusters: all clusters, or the named ones (each must exist), sorted by name, paged. */
final class DescribeClustersHandler implements OperationHandler {
    private static final Listing<Cluster> LISTING = new Listing<>("Clusters", Cluster::name, ClusterJson::render);

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        List<String> names = input.stringList("ClusterNames").orElse(List.of());
        names.forEach(n -> Validators.wellFormedClusterName("ClusterNames", n));
        int max = Validators.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> LISTING.answer(names, tx.clusters().values(), tx::cluster, max, token));
    }
}
