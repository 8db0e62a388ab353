package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names a record's clusters by order of creation ({@code cluster#1}, {@code cluster#2}, ...), so two runs that
 * used fresh random names can be put side by side; clusters seen but not created by the run (an existing
 * cluster) follow in order of first appearance. Node ids {@code <cluster>-a} become {@code cluster#1-a}.
 */
final class ClusterNaming {
    private final Map<String, String> labels = new LinkedHashMap<>();

    static ClusterNaming of(Record r) {
        ClusterNaming naming = new ClusterNaming();
        for (RecordedExchange e : r.exchanges()) {
            if (e.operation().equals("CreateCluster") && e.succeeded()) {
                String name = e.requestText("ClusterName");
                if (name == null) {
                    name = RecordedClusters.in(e).stream().map(RecordedClusters::name).findFirst().orElse(null);
                }
                naming.add(name);
            }
        }
        for (RecordedExchange e : r.exchanges()) {
            for (JsonNode c : RecordedClusters.in(e)) {
                naming.add(RecordedClusters.name(c));
            }
        }
        return naming;
    }

    private void add(String name) {
        if (name != null && !labels.containsKey(name)) {
            labels.put(name, "cluster#" + (labels.size() + 1));
        }
    }

    /** The label of a cluster name (any case), or null for a cluster the run never created nor saw. */
    String label(String clusterName) {
        return clusterName == null ? null : labels.get(clusterName.toLowerCase(Locale.ROOT));
    }

    /** {@code cluster#1-a} for node {@code <name>-a}; {@code cluster#1/<id>} for an id of another form. */
    String nodeLabel(String clusterName, String nodeId) {
        String cluster = label(clusterName);
        if (cluster == null || nodeId == null) {
            return null;
        }
        String prefix = clusterName.toLowerCase(Locale.ROOT) + "-";
        String id = nodeId.toLowerCase(Locale.ROOT);
        return id.startsWith(prefix) ? cluster + "-" + nodeId.substring(prefix.length()) : cluster + "/" + nodeId;
    }

    /** Labels in order: created clusters first. */
    Iterable<String> labels() {
        return labels.values();
    }
}
