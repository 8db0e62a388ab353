package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The clusters a successful response shows: {@code Cluster} (most operations) or {@code Clusters[]}. */
final class RecordedClusters {
    private RecordedClusters() {
    }

    static List<JsonNode> in(RecordedExchange e) {
        List<JsonNode> out = new ArrayList<>();
        if (!e.succeeded() || e.responseBody() == null) {
            return out;
        }
        JsonNode one = e.responseBody().get("Cluster");
        if (one != null && one.isObject()) {
            out.add(one);
        }
        JsonNode many = e.responseBody().get("Clusters");
        if (many != null && many.isArray()) {
            many.forEach(c -> {
                if (c.isObject()) {
                    out.add(c);
                }
            });
        }
        return out;
    }

    /** The cluster's name, lower-cased (DAX stores names in lower case), or null. */
    static String name(JsonNode cluster) {
        JsonNode n = cluster.get("ClusterName");
        return n != null && n.isTextual() ? n.asText().toLowerCase(Locale.ROOT) : null;
    }

    static String text(JsonNode node, String member) {
        JsonNode v = node.get(member);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
