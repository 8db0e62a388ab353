package org.daxkit.stubs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A WireMock server loaded with the recorded DAX stubs, for use without JUnit.
 * <pre>{@code
 * try (DaxStubs stubs = DaxStubs.start()) {
 *     DaxClient dax = DaxClient.builder().endpointOverride(stubs.endpoint())...build();
 * }
 * }</pre>
 * The mappings come from the classpath root {@value #CLASSPATH_ROOT} (never WireMock's default
 * {@code src/test/resources}); nothing is proxied; a request no recorded stub matches gets an AWS-shaped
 * 404 ({@code DaxStubsNoMatchingStub}) whose message holds WireMock's near-miss diff.
 */
public final class DaxStubs implements AutoCloseable {
    /** Classpath root of the stubs: {@code dax-stubs/mappings/*.json}. */
    public static final String CLASSPATH_ROOT = "dax-stubs";

    private final WireMockServer server;
    private final String host;

    private DaxStubs(WireMockServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts the stubs on 127.0.0.1 and a free port. */
    public static DaxStubs start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where to point {@code endpointOverride}: {@code http://127.0.0.1:PORT}, no trailing slash. */
    public URI endpoint() {
        String authorityHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + authorityHost + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    /** Puts every scenario (create, reboot, delete) back in its first state. */
    public void resetScenarios() {
        server.resetScenarios();
    }

    /** Forgets the requests received so far (the journal that unmatched-request checks read). */
    public void resetRequests() {
        server.resetRequests();
    }

    /** Requests received since the last reset that matched no recorded stub, oldest first. */
    public List<LoggedRequest> unmatchedRequests() {
        List<LoggedRequest> unmatched = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            if (!event.getWasMatched() || NoMatchingStub.servedBy(event)) {
                unmatched.add(0, event.getRequest());
            }
        }
        return unmatched;
    }

    /**
     * Throws an AssertionError naming every request since the last reset that matched no stub,
     * with WireMock's diff against the closest stub.
     */
    public void verifyNoUnmatchedRequests() {
        List<LoggedRequest> unmatched = unmatchedRequests();
        if (!unmatched.isEmpty()) {
            throw new AssertionError(UnmatchedRequests.describe(server, unmatched));
        }
    }

    /** The underlying server, for what this class does not cover (verify, extra stubs). */
    public WireMockServer server() {
        return server;
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Options for {@link DaxStubs}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;

        private Builder() {
        }

        /** Address to bind; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port to bind; default 0 (a free port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 (a free port) to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        public DaxStubs start() {
            NoMatchingStub noMatchingStub = new NoMatchingStub();
            WireMockConfiguration options = WireMockConfiguration.options()
                    .bindAddress(host)
                    .usingFilesUnderClasspath(CLASSPATH_ROOT)
                    .enableBrowserProxying(false)
                    .proxyPassThrough(false)
                    .extensions(noMatchingStub);
            if (port == 0) {
                options.dynamicPort();
            } else {
                options.port(port);
            }
            WireMockServer server = new WireMockServer(options);
            server.start();
            boolean loaded = !server.listAllStubMappings().getMappings().isEmpty();
            noMatchingStub.addTo(server);
            if (!loaded) {
                server.stop();
                throw new IllegalStateException("No DAX stubs found under the classpath root '" + CLASSPATH_ROOT
                        + "/mappings': is the org.daxkit:stubs jar on the classpath?");
            }
            return new DaxStubs(server, host);
        }
    }
}
