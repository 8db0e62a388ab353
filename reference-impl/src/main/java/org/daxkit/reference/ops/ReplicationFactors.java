package org.daxkit.reference.ops;

import java.util.Collection;
import java.util.List;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.state.Cluster;

/** Replication factor limits and Availability Zone lists, shared by create, increase and decrease. */
final class ReplicationFactors {
    /** One primary and up to ten read replicas (DAX quotas page: nodes per cluster). */
    static final int MAX_NODES = 11;
    /** DAX quotas page: nodes per account and region, across all clusters. */
    static final int MAX_ACCOUNT_NODES = 50;

    private ReplicationFactors() {
    }

    /** At least 1 (else InvalidParameterValueException), at most 11 (else NodeQuotaForClusterExceededFault). */
    static int check(String member, int value) {
        atLeastOne(member, value);
        if (value > MAX_NODES) {
            throw new DaxFault(ErrorCode.NODE_QUOTA_FOR_CLUSTER_EXCEEDED, "A cluster has at most " + MAX_NODES
                    + " nodes; " + member + " was " + value + ".");
        }
        return value;
    }

    /** At least 1, else InvalidParameterValueException. */
    static int atLeastOne(String member, int value) {
        if (value < 1) {
            throw DaxFault.invalidParameter("The parameter " + member + " must be at least 1, got " + value + ".");
        }
        return value;
    }

    /** Adding {@code more} nodes must keep the account within its node quota (NodeQuotaForCustomerExceededFault). */
    static void checkAccountQuota(Collection<Cluster> clusters, int more) {
        int current = clusters.stream().mapToInt(c -> c.nodes().size()).sum();
        if (current + more > MAX_ACCOUNT_NODES) {
            throw new DaxFault(ErrorCode.NODE_QUOTA_FOR_CUSTOMER_EXCEEDED, "The account has " + current
                    + " nodes; adding " + more + " would exceed the quota of " + MAX_ACCOUNT_NODES
                    + " nodes per Region.");
        }
    }

    /** AvailabilityZones: each a zone of this region; for CreateCluster as many as nodes. */
    static List<String> zones(Input in, String region, int expectedCount) {
        List<String> zones = in.stringList("AvailabilityZones").orElse(List.of());
        for (String zone : zones) {
            if (!zone.matches(java.util.regex.Pattern.quote(region) + "[a-z]")) {
                throw DaxFault.invalidParameter("The Availability Zone '" + zone + "' is not a zone of region "
                        + region + ".");
            }
        }
        if (expectedCount > 0 && !zones.isEmpty() && zones.size() != expectedCount) {
            throw DaxFault.invalidCombination("AvailabilityZones lists " + zones.size()
                    + " zones but the replication factor is " + expectedCount + "; the counts must be equal.");
        }
        return zones;
    }
}
