package org.daxkit.reference;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.daxkit.reference.auth.SigV4Authenticator;
import org.daxkit.reference.config.ServerSettings;
import org.daxkit.reference.control.ControlApiHandler;
import org.daxkit.reference.control.ControlRoutes;
import org.daxkit.reference.http.DaxApiHandler;
import org.daxkit.reference.http.DeadlineExecutor;
import org.daxkit.reference.http.DeadlineFilter;
import org.daxkit.reference.http.RequestAuthenticator;
import org.daxkit.reference.http.Responses;
import org.daxkit.reference.ops.OperationTable;
import org.daxkit.reference.ops.Operations;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.TimeSource;

/** A running reference DAX control plane. Start one with {@link #builder()}; close it to stop. */
public final class ReferenceServer implements AutoCloseable {
    /** Requests served at once; more wait in line. No request holds a worker past the request timeout. */
    public static final int WORKER_THREADS = 12;

    private final ServerSettings settings;
    private final HttpServer http;
    private final DeadlineExecutor executor;
    private final DaxStore store;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReferenceServer(ServerSettings settings, HttpServer http, DeadlineExecutor executor, DaxStore store) {
        this.settings = settings;
        this.http = http;
        this.executor = executor;
        this.store = store;
    }

    public static ReferenceServerBuilder builder() {
        return new ReferenceServerBuilder();
    }

    static ReferenceServer start(ServerSettings settings, PrintStream warnings) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // about 40 ms per request on loopback. Read once, when the JDK HTTP server first starts.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        DaxStore store = new DaxStore(settings, new TimeSource(settings.clock()));
        OperationTable operations = Operations.table();
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        http.createContext("/", new DaxApiHandler(operations, store, authenticator(settings)))
                .getFilters().add(new DeadlineFilter(Responses.AMZ_JSON));
        if (settings.controlApi()) {
            // Without this context, /_control/... falls to the DAX handler: 404 like any unknown path.
            http.createContext(ControlApiHandler.PREFIX, ControlRoutes.handler(store, operations))
                    .getFilters().add(new DeadlineFilter(Responses.PLAIN_JSON));
        }
        DeadlineExecutor executor = new DeadlineExecutor(
                Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads()), DeadlineExecutor.configuredTimeout());
        http.setExecutor(executor);
        http.start();
        ReferenceServer server = new ReferenceServer(settings, http, executor, store);
        ExposureWarning.of(settings, server.endpoint()).ifPresent(warning -> {
            warnings.println(warning);
            warnings.flush();
        });
        return server;
    }

    /** Signatures are checked against real time, not the server's (advanceable) clock. */
    private static RequestAuthenticator authenticator(ServerSettings settings) {
        return settings.requiredAuth()
                .<RequestAuthenticator>map(keys -> new SigV4Authenticator(keys, settings.region(), Clock.systemUTC()))
                .orElse(RequestAuthenticator.NONE);
    }

    /** {@code http://host:port}, no trailing slash. */
    public URI endpoint() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Same as POST /_control/reset. */
    public void reset() {
        store.reset();
    }

    /** Same as POST /_control/transitions/complete; returns how many transitions completed. */
    public int completeTransitions() {
        return store.completeTransitions();
    }

    /** Same as POST /_control/clock/advance; returns how many transitions completed. */
    public int advanceClock(Duration by) {
        return store.advanceClock(by);
    }

    /** Stops serving; safe to call more than once (the CLI's shutdown hook and main both may). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdown();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dax-reference-http-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
