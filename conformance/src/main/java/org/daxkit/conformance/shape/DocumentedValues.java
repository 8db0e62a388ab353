package org.daxkit.conformance.shape;

import java.util.Map;
import java.util.Set;

/**
 * Status members the model types as plain strings but whose values the DAX documentation fixes
 * (lowercase on the wire). The suite's choice where the documentation gives only examples; see README.
 */
public final class DocumentedValues {
    private static final Map<String, Set<String>> VALUES = Map.of(
            "Cluster.Status", Set.of("creating", "available", "modifying", "deleting"),
            "Node.NodeStatus", Set.of("creating", "available", "rebooting", "modifying", "deleting"),
            "Node.ParameterGroupStatus", Set.of("in-sync", "applying", "pending-reboot"),
            "ParameterGroupStatus.ParameterApplyStatus", Set.of("in-sync", "applying", "pending-reboot"),
            "NotificationConfiguration.TopicStatus", Set.of("active", "inactive"));

    private DocumentedValues() {
    }

    /** The allowed values of {@code structure.member}, or null when free text. */
    public static Set<String> of(String structure, String member) {
        return VALUES.get(structure + "." + member);
    }
}
