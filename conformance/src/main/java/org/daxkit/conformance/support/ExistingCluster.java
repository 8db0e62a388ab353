package org.daxkit.conformance.support;

/** A cluster and node named in the configuration, for targets where the suite cannot create clusters. */
public record ExistingCluster(String name, String nodeId) {
}
