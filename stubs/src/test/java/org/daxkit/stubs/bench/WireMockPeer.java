package org.daxkit.stubs.bench;

import org.daxkit.stubs.DaxStubs;
import org.daxkit.stubs.StubInputs;

import java.net.URI;

/**
 * The recorded stubs in WireMock, started as users start them ({@link DaxStubs#start()}: request journal on).
 * DescribeClusters runs in the reboot scenario's first state (every answer the recorded "available" cluster);
 * RebootNode runs in the state repeated reboots of stub-cluster-a settle in, {@code rebooting-a}, where the
 * "reboot again" stub answers and the state no longer changes.
 */
final class WireMockPeer implements Peer {
    static final String REBOOT_SCENARIO = StubInputs.SCENARIO_PREFIX + "reboot-node";
    static final String REBOOTING_STATE = "rebooting-" + StubInputs.NODE.substring(StubInputs.CLUSTER.length() + 1);

    private final DaxStubs stubs;

    private WireMockPeer(DaxStubs stubs) {
        this.stubs = stubs;
    }

    static WireMockPeer start() {
        return new WireMockPeer(DaxStubs.start());
    }

    @Override
    public URI endpoint() {
        return stubs.endpoint();
    }

    @Override
    public void beforeRun(BenchCall call) {
        stubs.resetScenarios();
        stubs.resetRequests();
        if (call == BenchCall.REBOOT_NODE) {
            // Left in Started, the first reboots of a run change the state under concurrent requests: one such
            // run answered a request with DaxStubsNoMatchingStub. The benchmark measures the steady state.
            stubs.server().setScenarioState(REBOOT_SCENARIO, REBOOTING_STATE);
        }
    }

    @Override
    public void afterRun(BenchCall call) {
        stubs.resetRequests();
    }

    @Override
    public void close() {
        stubs.stop();
    }
}
