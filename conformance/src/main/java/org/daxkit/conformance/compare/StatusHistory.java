package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Status values each cluster showed, and the NodeStatus values each node showed, in successive successful
 * responses (DescribeClusters, and the Cluster of CreateCluster, RebootNode, DeleteCluster, ...), repeats
 * collapsed: {@code creating → available → deleting}.
 */
final class StatusHistory {
    final Map<String, List<String>> clusters = new LinkedHashMap<>();
    final Map<String, List<String>> nodes = new LinkedHashMap<>();

    static StatusHistory of(Record r, ClusterNaming naming) {
        StatusHistory h = new StatusHistory();
        for (RecordedExchange e : r.exchanges()) {
            for (JsonNode c : RecordedClusters.in(e)) {
                String name = RecordedClusters.name(c);
                String label = naming.label(name);
                if (label == null) {
                    continue;
                }
                append(h.clusters, label, RecordedClusters.text(c, "Status"));
                JsonNode nodes = c.get("Nodes");
                if (nodes != null && nodes.isArray()) {
                    for (JsonNode n : nodes) {
                        String node = naming.nodeLabel(name, RecordedClusters.text(n, "NodeId"));
                        if (node != null) {
                            append(h.nodes, node, RecordedClusters.text(n, "NodeStatus"));
                        }
                    }
                }
            }
        }
        return h;
    }

    private static void append(Map<String, List<String>> into, String key, String status) {
        List<String> seq = into.computeIfAbsent(key, k -> new ArrayList<>());
        String value = status == null ? "(no status)" : status;
        if (seq.isEmpty() || !seq.get(seq.size() - 1).equals(value)) {
            seq.add(value);
        }
    }

    static String arrows(List<String> sequence) {
        return String.join(" → ", sequence);
    }

    /** The distinct transitions ("creating → available") of all sequences. */
    static Set<String> transitions(Map<String, List<String>> sequences) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> seq : sequences.values()) {
            for (int i = 1; i < seq.size(); i++) {
                out.add(seq.get(i - 1) + " → " + seq.get(i));
            }
        }
        return out;
    }
}
