package org.daxkit.conformance.junit;

import org.daxkit.conformance.config.ConformanceConfig;
import org.daxkit.conformance.run.ConformanceSession;

/** Opens the session on first use, so building the test stream does not start anything. */
final class LazySession {
    private final ConformanceConfig config;
    private ConformanceSession session;
    private RuntimeException failure;
    private boolean closed;

    LazySession(ConformanceConfig config) {
        this.config = config;
    }

    synchronized ConformanceSession get() {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IllegalStateException("the conformance session is closed");
        }
        if (session == null) {
            try {
                session = ConformanceSession.open(config);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return session;
    }

    synchronized void close() {
        closed = true;
        if (session != null) {
            session.close();
        }
    }
}
