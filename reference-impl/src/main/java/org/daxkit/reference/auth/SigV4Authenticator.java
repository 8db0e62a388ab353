package org.daxkit.reference.auth;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.daxkit.reference.config.AccessKeyPair;
import org.daxkit.reference.http.RequestAuthenticator;
import org.daxkit.reference.http.RequestBodies;

/** Requires a valid SigV4 signature (service {@code dax}, the server's region) on every DAX API request. */
public final class SigV4Authenticator implements RequestAuthenticator {
    public static final String SERVICE = "dax";
    private final SigV4Verifier verifier;

    public SigV4Authenticator(AccessKeyPair keys, String region, Clock clock) {
        this.verifier = new SigV4Verifier(keys, region, SERVICE, clock);
    }

    @Override
    public InputStream authenticate(HttpExchange exchange) throws IOException {
        byte[] body = RequestBodies.readWithinLimit(exchange.getRequestBody());
        SignedRequest request = new SignedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
        if (RequestBodies.overLimit(body)) {
            // Not all of it was read, so it cannot be hashed; still, a stranger learns nothing past the headers.
            verifier.verifyHeaders(request);
            throw RequestBodies.tooLarge();
        }
        verifier.verify(request);
        return new ByteArrayInputStream(body);
    }
}
