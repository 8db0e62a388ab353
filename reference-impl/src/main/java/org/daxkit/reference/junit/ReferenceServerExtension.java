package org.daxkit.reference.junit;

import java.net.URI;
import java.util.Objects;
import org.daxkit.reference.ReferenceServer;
import org.daxkit.reference.ReferenceServerBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a reference server for a test class and injects {@link ReferenceServer} or {@link URI}
 * parameters. With {@code @ExtendWith} it uses the builder's defaults; with a static
 * {@code @RegisterExtension} field it uses the given builder and the server is reachable through
 * {@link #server()}. Registered on a non-static field, it starts one server per test method.
 */
public final class ReferenceServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final ReferenceServerBuilder builder;
    private ReferenceServer server;
    private String ownerId;

    /** Defaults: 127.0.0.1, a free port, the builder's default durations. */
    public ReferenceServerExtension() {
        this(ReferenceServer.builder());
    }

    public ReferenceServerExtension(ReferenceServerBuilder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** Same as {@code new ReferenceServerExtension(builder)}, for fluent field declarations. */
    public static ReferenceServerExtension using(ReferenceServerBuilder builder) {
        return new ReferenceServerExtension(builder);
    }

    /** The running server; only between start (before all or before each) and stop. */
    public ReferenceServer server() {
        if (server == null) {
            throw new IllegalStateException("The reference server is not running: it starts before the tests of "
                    + "the class that registers this extension and stops after them.");
        }
        return server;
    }

    public URI endpoint() {
        return server().endpoint();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfStopped(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startIfStopped(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ReferenceServer.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        startIfStopped(context);
        return parameter.getParameter().getType() == URI.class ? server.endpoint() : server;
    }

    /** The context that starts the server stops it, so @Nested classes share their outer server. */
    private synchronized void startIfStopped(ExtensionContext context) {
        if (server == null) {
            server = builder.start();
            ownerId = context.getUniqueId();
        }
    }

    private synchronized void stopIfStartedBy(ExtensionContext context) {
        if (server != null && context.getUniqueId().equals(ownerId)) {
            server.close();
            server = null;
            ownerId = null;
        }
    }
}
