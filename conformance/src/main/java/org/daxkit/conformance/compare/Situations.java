package org.daxkit.conformance.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Groupings of a record's exchanges shared by the sections, in the order things first happened. */
final class Situations {
    private Situations() {
    }

    /** Answered exchanges by operation and outcome ("DescribeClusters 200", "RebootNode 400 NodeNotFoundFault"). */
    static Map<String, List<RecordedExchange>> bySituation(Record r) {
        return group(r.exchanges().stream().filter(RecordedExchange::answered).toList(), RecordedExchange::situation);
    }

    static <K> Map<K, List<RecordedExchange>> group(List<RecordedExchange> exchanges,
                                                     Function<RecordedExchange, K> key) {
        Map<K, List<RecordedExchange>> out = new LinkedHashMap<>();
        for (RecordedExchange e : exchanges) {
            out.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The keys of both maps: A's in its order, then B's new ones. */
    static <K> Set<K> union(Map<K, ?> a, Map<K, ?> b) {
        Set<K> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /** "200 ×5, 400 NodeNotFoundFault ×1": how often each outcome occurred, in order of first occurrence. */
    static String outcomeCounts(List<RecordedExchange> exchanges) {
        if (exchanges.isEmpty()) {
            return "none";
        }
        Map<String, Long> counts = exchanges.stream().collect(Collectors.groupingBy(RecordedExchange::outcome,
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    static Set<String> outcomes(List<RecordedExchange> exchanges) {
        return exchanges.stream().map(RecordedExchange::outcome).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
