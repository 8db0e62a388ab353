package org.daxkit.conformance.compare;

import java.util.List;
import java.util.Map;

/**
 * The status sequences of clusters and nodes: the distinct transitions each record shows, then each cluster
 * and node (named by order of creation, so fresh random names do not matter) whose sequence differs.
 */
final class StatusSection {
    private StatusSection() {
    }

    static Section of(Record a, Record b) {
        StatusHistory ha = StatusHistory.of(a, ClusterNaming.of(a));
        StatusHistory hb = StatusHistory.of(b, ClusterNaming.of(b));
        SetDiff diff = new SetDiff();
        diff.compare("cluster Status", StatusHistory.transitions(ha.clusters), StatusHistory.transitions(hb.clusters));
        diff.compare("node NodeStatus", StatusHistory.transitions(ha.nodes), StatusHistory.transitions(hb.nodes));
        sequences(diff, ha.clusters, hb.clusters);
        sequences(diff, ha.nodes, hb.nodes);
        return new Section("Status sequences",
                "cluster Status and node NodeStatus values in successive successful responses (repeats collapsed);"
                        + " clusters named by order of creation", diff.rows, diff.same);
    }

    private static void sequences(SetDiff diff, Map<String, List<String>> a, Map<String, List<String>> b) {
        for (String label : Situations.union(a, b)) {
            List<String> sa = a.get(label);
            List<String> sb = b.get(label);
            if (sb == null) {
                diff.rows.add(Row.onlyA(label, StatusHistory.arrows(sa)));
            } else if (sa == null) {
                diff.rows.add(Row.onlyB(label, StatusHistory.arrows(sb)));
            } else if (!sa.equals(sb)) {
                diff.rows.add(Row.differs(label, StatusHistory.arrows(sa), StatusHistory.arrows(sb)));
            } else {
                diff.same++;
            }
        }
    }
}
