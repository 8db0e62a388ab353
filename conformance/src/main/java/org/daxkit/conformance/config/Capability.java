package org.daxkit.conformance.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a target can do beyond the DAX API; a check needing a missing one is NOT_VERIFIED, naming it. */
public enum Capability {
    CREATE_CLUSTERS("createClusters", "--capabilities createClusters for a target whose CreateCluster works,"
            + " or run the other checks on an existing cluster with --cluster NAME --node ID"),
    FAULT_INJECTION("faultInjection", "the kit's control API (POST /_control/faults) and --capabilities"
            + " faultInjection, or GET /_control/info declaring it"),
    INSTANT_TRANSITIONS("instantTransitions", "the control API route POST /_control/transitions/complete and"
            + " --capabilities instantTransitions"),
    CLOCK("clock", "the control API route POST /_control/clock/advance and --capabilities clock"),
    SERVICE_LINKED_ROLE("serviceLinkedRole", "the control API route PUT /_control/service-linked-role and"
            + " --capabilities serviceLinkedRole"),
    PENDING_REBOOT("pendingReboot", "the control API route POST /_control/pending-reboot and"
            + " --capabilities pendingReboot, or parameterGroupChange"),
    PARAMETER_GROUP_CHANGE("parameterGroupChange", "--capabilities parameterGroupChange for a target whose"
            + " UpdateCluster with another ParameterGroupName puts the cluster's nodes into pending-reboot (the"
            + " reference's documented choice), or the control API route of pendingReboot");

    private final String wireName;
    private final String howToProvide;

    Capability(String wireName, String howToProvide) {
        this.wireName = wireName;
        this.howToProvide = howToProvide;
    }

    /** The name in GET /_control/info and in --capabilities. */
    public String wireName() {
        return wireName;
    }

    public String howToProvide() {
        return howToProvide;
    }

    /** Accepts the wire name, the enum name or kebab case, ignoring case; null when unknown. */
    public static Capability parse(String text) {
        String key = normalize(text);
        return Arrays.stream(values())
                .filter(c -> normalize(c.wireName).equals(key))
                .findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(Capability::wireName).collect(Collectors.joining(", "));
    }

    private static String normalize(String s) {
        return s.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
