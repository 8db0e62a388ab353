package org.daxkit.stubs.bench;

import org.daxkit.stubs.StubInputs;

/**
 * The two calls the benchmark measures, with the exact request body every peer receives. The names are the
 * recorded stubs' inputs, so WireMock matches them and the reference and moto get the same bytes.
 */
enum BenchCall {
    DESCRIBE_CLUSTERS("DescribeClusters", "{\"ClusterNames\":[\"" + StubInputs.CLUSTER + "\"]}"),
    REBOOT_NODE("RebootNode",
            "{\"ClusterName\":\"" + StubInputs.CLUSTER + "\",\"NodeId\":\"" + StubInputs.NODE + "\"}");

    /** Every successful answer of either call names the cluster; an answer without it is an error. */
    static final String EXPECTED_FRAGMENT = StubInputs.CLUSTER;
    static final int EXPECTED_STATUS = 200;

    private final String operation;
    private final String body;

    BenchCall(String operation, String body) {
        this.operation = operation;
        this.body = body;
    }

    String operation() {
        return operation;
    }

    String body() {
        return body;
    }
}
