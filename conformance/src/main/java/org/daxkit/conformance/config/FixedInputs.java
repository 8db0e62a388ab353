package org.daxkit.conformance.config;

/**
 * The fixed-inputs mode ({@code --fixed-inputs}), for targets that answer only the requests they were
 * recorded with (WireMock stubs): checks send these values instead of generated ones, and a check whose
 * value is not given is NOT_VERIFIED naming the flag. Null members are "not given".
 *
 * @param unknownCluster       a cluster name the target does not know ({@code <name>-a} is the node sent)
 * @param unknownNode          a node id the configured cluster does not have
 * @param malformedClusterName a cluster name breaking the DAX naming rules
 * @param malformedNodeId      a node id breaking the node id rules
 */
public record FixedInputs(String unknownCluster, String unknownNode, String malformedClusterName,
                          String malformedNodeId) {
}
