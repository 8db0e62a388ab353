package org.daxkit.stubs.junit;

import org.daxkit.stubs.DaxStubs;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URI;

/**
 * JUnit 5 extension serving the recorded DAX stubs from WireMock on 127.0.0.1 and a free port.
 * <pre>{@code
 * @RegisterExtension
 * static DaxStubsExtension stubs = DaxStubsExtension.builder().build();
 *
 * @Test
 * void reboots(URI endpoint) { ... endpointOverride(endpoint) ... }
 * }</pre>
 * A static field shares one server per class (and its {@code @Nested} classes); an instance field starts one per test. Before each test
 * every scenario goes back to its first state and the request journal is cleared; after each test,
 * a request that matched no stub fails the test with WireMock's near-miss diff. Test methods may take
 * a {@link URI} (the endpoint) or {@link DaxStubs} parameter.
 */
public final class DaxStubsExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final DaxStubs.Builder stubsBuilder;
    private final boolean failOnUnmatchedRequests;
    private DaxStubs stubs;
    /** Open class containers (a static field is seen again by each @Nested class): the outermost stops the server. */
    private int openClasses;
    private boolean startedForOneTest;

    private DaxStubsExtension(Builder builder) {
        this.stubsBuilder = DaxStubs.builder().port(builder.port);
        this.failOnUnmatchedRequests = builder.failOnUnmatchedRequests;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running stubs' endpoint; only valid while a test runs. */
    public URI endpoint() {
        return running().endpoint();
    }

    /** The running stubs; only valid while a test runs. */
    public DaxStubs stubs() {
        return running();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (openClasses++ == 0) {
            stubs = stubsBuilder.start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (stubs == null) {
            stubs = stubsBuilder.start();
            startedForOneTest = true;
        }
        stubs.resetScenarios();
        stubs.resetRequests();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (failOnUnmatchedRequests) {
                stubs.verifyNoUnmatchedRequests();
            }
        } finally {
            if (startedForOneTest) {
                stop();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--openClasses == 0) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == URI.class || type == DaxStubs.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == URI.class ? endpoint() : running();
    }

    private DaxStubs running() {
        if (stubs == null) {
            throw new IllegalStateException("The DAX stubs run only while a test runs; "
                    + "register DaxStubsExtension with @RegisterExtension");
        }
        return stubs;
    }

    private void stop() {
        if (stubs != null) {
            stubs.stop();
            stubs = null;
            startedForOneTest = false;
        }
    }

    /** Options for {@link DaxStubsExtension}. */
    public static final class Builder {
        private int port;
        private boolean failOnUnmatchedRequests = true;

        private Builder() {
        }

        /** Port to bind on 127.0.0.1; default 0 (a free port). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Whether a request that matched no stub fails the test; default true. */
        public Builder failOnUnmatchedRequests(boolean fail) {
            this.failOnUnmatchedRequests = fail;
            return this;
        }

        public DaxStubsExtension build() {
            return new DaxStubsExtension(this);
        }
    }
}
