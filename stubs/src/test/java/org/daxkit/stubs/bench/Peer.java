package org.daxkit.stubs.bench;

import java.net.URI;

/** A server the benchmark measures, started and prepared so that both calls answer 200. */
interface Peer extends AutoCloseable {

    URI endpoint();

    /** One line for the run's header: where it listens, and anything worth knowing (a PID). */
    default String describe() {
        return endpoint().toString();
    }

    /** False for a call the peer has no implementation of (moto has no RebootNode). */
    default boolean implementsCall(BenchCall call) {
        return true;
    }

    /** Runs before each run (warm-up or measured) of a call: puts the peer in the state the call expects. */
    default void beforeRun(BenchCall call) {
    }

    /** Runs after each run of a call (WireMock forgets its request journal, which would grow all along). */
    default void afterRun(BenchCall call) {
    }

    /** Stops the peer and everything it started; never throws. */
    @Override
    void close();
}
