package org.daxkit.stubs;

import java.util.List;

/**
 * The inputs the recorded stubs recognise. Requests match strictly (exact target header and JSON body),
 * so only these values get a recorded answer; anything else is an unmatched request.
 * The recorder uses the same constants, so this list and the mappings cannot drift apart.
 */
public final class StubInputs {
    /** The cluster every success story is about: created with ReplicationFactor 3, status {@code available}. */
    public static final String CLUSTER = "stub-cluster";
    public static final List<String> NODES = List.of("stub-cluster-a", "stub-cluster-b", "stub-cluster-c");
    /** A node of {@link #CLUSTER}, the one examples reboot; every node of {@link #NODES} has a recorded reboot. */
    public static final String NODE = "stub-cluster-a";
    public static final String NODE_TYPE = "dax.r5.large";
    public static final int REPLICATION_FACTOR = 3;
    public static final String IAM_ROLE_ARN = "arn:aws:iam::123456789012:role/DAXServiceRoleForStubs";

    /** No cluster of this name exists: ClusterNotFoundFault. */
    public static final String UNKNOWN_CLUSTER = "stub-missing";
    public static final String UNKNOWN_CLUSTER_NODE = "stub-missing-a";
    /** {@link #CLUSTER} has no node of this id: NodeNotFoundFault. */
    public static final String UNKNOWN_NODE = "stub-cluster-z";
    /** A cluster recorded while {@code creating}: InvalidClusterStateFault. */
    public static final String CREATING_CLUSTER = "stub-creating";
    public static final String CREATING_CLUSTER_NODE = "stub-creating-a";
    /** Two hyphens in a row break the DAX naming rules: InvalidParameterValueException. */
    public static final String MALFORMED_CLUSTER_NAME = "stub--cluster";
    /** An underscore is outside [A-Za-z0-9-]: InvalidParameterValueException. */
    public static final String MALFORMED_NODE_ID = "stub_cluster_a";

    /** An existing, available cluster whose reboot was recorded with ServiceLinkedRoleNotFoundFault injected. */
    public static final String NO_ROLE_CLUSTER = "stub-no-role";
    public static final String NO_ROLE_NODE = "stub-no-role-a";
    /** An existing, available cluster whose reboot was recorded with InvalidParameterCombinationException injected. */
    public static final String PARAMETER_COMBINATION_CLUSTER = "stub-param-combo";
    public static final String PARAMETER_COMBINATION_NODE = "stub-param-combo-a";

    /** Prefix of every WireMock scenario name, so the stubs' state never collides with a consumer's own. */
    public static final String SCENARIO_PREFIX = "dax-stubs/";

    private StubInputs() {
    }
}
