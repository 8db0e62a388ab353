package org.daxkit.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How long transitions took, as a client sees them: from sending the call that starts one to the first
 * response that shows it over, that call's own answer or one sent after it (so an answer racing the call
 * cannot count). A start never followed by the end state (the run stopped looking) counts as unseen, not as
 * a time.
 */
final class TransitionTimes {
    static final String CREATE = "CreateCluster → cluster available";
    static final String REBOOT = "RebootNode → node available again";
    static final String DELETE = "DeleteCluster → cluster gone";

    /** Durations in milliseconds, and how many starts had no end in the record. */
    record Measured(List<Long> millis, int unseen) {
        String describe() {
            if (millis.isEmpty()) {
                return unseen == 0 ? "none" : "never seen (" + unseen + " started)";
            }
            List<Long> sorted = millis.stream().sorted().toList();
            return String.format(Locale.ROOT, "n=%d, median %s, min %s, max %s%s", sorted.size(),
                    seconds(sorted.get(sorted.size() / 2)), seconds(sorted.get(0)),
                    seconds(sorted.get(sorted.size() - 1)), unseen == 0 ? "" : "; " + unseen + " never seen");
        }

        private static String seconds(long millis) {
            return String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
        }
    }

    private TransitionTimes() {
    }

    static Map<String, Measured> of(Record r) {
        Map<String, Measured> out = new LinkedHashMap<>();
        out.put(CREATE, measure(r, "CreateCluster", start -> {
            String name = start.requestText("ClusterName");
            return e -> RecordedClusters.in(e).stream().anyMatch(c -> name != null && name.equals(RecordedClusters.name(c))
                    && "available".equalsIgnoreCase(RecordedClusters.text(c, "Status")));
        }));
        out.put(REBOOT, measure(r, "RebootNode", start -> {
            String name = start.requestText("ClusterName");
            String node = start.requestText("NodeId");
            return e -> RecordedClusters.in(e).stream().filter(c -> name != null && name.equals(RecordedClusters.name(c)))
                    .anyMatch(c -> nodeAvailable(c, node));
        }));
        out.put(DELETE, measure(r, "DeleteCluster", start -> {
            String name = start.requestText("ClusterName");
            return e -> asksFor(e, name) && ("ClusterNotFoundFault".equals(e.errorCode())
                    || e.succeeded() && RecordedClusters.in(e).stream().noneMatch(c -> name.equals(RecordedClusters.name(c))));
        }));
        return out;
    }

    private static Measured measure(Record r, String operation,
                                    Function<RecordedExchange, Predicate<RecordedExchange>> endOf) {
        List<Long> millis = new ArrayList<>();
        int unseen = 0;
        List<RecordedExchange> all = r.exchanges();
        for (RecordedExchange start : all) {
            if (!start.operation().equals(operation) || !start.succeeded() || start.sentAt() == null) {
                continue;
            }
            Predicate<RecordedExchange> ended = endOf.apply(start);
            RecordedExchange end = all.stream()
                    .filter(e -> e == start || e.sentAt() != null && !e.sentAt().isBefore(start.receivedAt()))
                    .filter(ended)
                    .min(Comparator.comparing(RecordedExchange::receivedAt))
                    .orElse(null);
            if (end == null) {
                unseen++;
            } else {
                millis.add(Duration.between(start.sentAt(), end.receivedAt()).toMillis());
            }
        }
        return new Measured(millis, unseen);
    }

    private static boolean nodeAvailable(JsonNode cluster, String nodeId) {
        JsonNode nodes = cluster.get("Nodes");
        if (nodes == null || !nodes.isArray() || nodeId == null) {
            return false;
        }
        for (JsonNode n : nodes) {
            String id = RecordedClusters.text(n, "NodeId");
            if (id != null && id.equalsIgnoreCase(nodeId)
                    && "available".equalsIgnoreCase(RecordedClusters.text(n, "NodeStatus"))) {
                return true;
            }
        }
        return false;
    }

    /** A DescribeClusters naming the cluster in ClusterNames. */
    private static boolean asksFor(RecordedExchange e, String name) {
        if (name == null || !e.operation().equals("DescribeClusters") || e.requestBody() == null) {
            return false;
        }
        JsonNode names = e.requestBody().get("ClusterNames");
        if (names == null || !names.isArray()) {
            return false;
        }
        for (JsonNode n : names) {
            if (n.isTextual() && n.asText().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
