package org.daxkit.conformance.targets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Whether an endpoint accepts TCP connections at all, probed before any check runs. */
public final class Reachability {
    private static final int TIMEOUT_MILLIS = 5_000;

    private Reachability() {
    }

    /** Null when a connection could be opened, else what went wrong. */
    public static String problem(URI endpoint) {
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(endpoint.getHost(), port), TIMEOUT_MILLIS);
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot connect to " + endpoint.getHost() + ":" + port + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        }
    }
}
