package org.daxkit.reference.concurrency;

import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.model.Cluster;
import software.amazon.awssdk.services.dax.model.DaxException;

/**
 * Runs an {@link Op} through the real SDK client. A fault must be one the operation can meet with
 * these inputs, mapped by the SDK to its own exception class, with HTTP 400; anything else (a 5xx,
 * an unmodeled code, a client-side failure) is thrown as an {@link AssertionError}.
 */
final class SdkCalls {
    private static final String ROLE = "arn:aws:iam::123456789012:role/DAXServiceRole";
    private static final Map<Op.Kind, Set<String>> EXPECTED_FAULTS = Map.of(
            Op.Kind.CREATE, Set.of("ClusterAlreadyExistsFault"),
            Op.Kind.DELETE, Set.of("ClusterNotFoundFault", "InvalidClusterStateFault"),
            Op.Kind.DESCRIBE, Set.of("ClusterNotFoundFault"),
            Op.Kind.REBOOT, Set.of("ClusterNotFoundFault", "InvalidClusterStateFault", "NodeNotFoundFault"),
            Op.Kind.INCREASE, Set.of("ClusterNotFoundFault", "InvalidClusterStateFault",
                    "InvalidParameterValueException"),
            Op.Kind.DECREASE, Set.of("ClusterNotFoundFault", "InvalidClusterStateFault",
                    "InvalidParameterValueException"));

    private final DaxClient dax;

    SdkCalls(DaxClient dax) {
        this.dax = dax;
    }

    /** Calls the operation; the clusters in a successful answer go to {@code seen} for invariant checks. */
    Outcome call(Op op, List<Cluster> seen) {
        try {
            seen.addAll(invoke(op));
            return Outcome.SUCCESS;
        } catch (DaxException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            boolean modeled = e.getClass() != DaxException.class;
            if (e.statusCode() != 400 || !modeled || !EXPECTED_FAULTS.get(op.kind()).contains(code)) {
                throw new AssertionError(op + " failed unexpectedly: HTTP " + e.statusCode() + " " + code + " ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            return Outcome.fault(code);
        } catch (RuntimeException e) {
            throw new AssertionError(op + " failed on the client side", e);
        }
    }

    private List<Cluster> invoke(Op op) {
        String name = op.cluster();
        return switch (op.kind()) {
            case CREATE -> List.of(dax.createCluster(b -> b.clusterName(name).nodeType("dax.r5.large")
                    .replicationFactor(op.number()).iamRoleArn(ROLE)).cluster());
            case DELETE -> List.of(dax.deleteCluster(b -> b.clusterName(name)).cluster());
            case DESCRIBE -> dax.describeClusters(b -> b.clusterNames(name)).clusters();
            case REBOOT -> List.of(dax.rebootNode(b -> b.clusterName(name).nodeId(op.nodeId())).cluster());
            case INCREASE -> List.of(dax.increaseReplicationFactor(b -> b.clusterName(name)
                    .newReplicationFactor(op.number())).cluster());
            case DECREASE -> List.of(dax.decreaseReplicationFactor(b -> b.clusterName(name)
                    .newReplicationFactor(op.number())).cluster());
        };
    }
}
