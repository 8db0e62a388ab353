package org.daxkit.reference.auth;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.http.RequestAuthenticator;

/** Requires a valid SigV4 signature (service {@code dax}, the server's region) on every DAX API request. */
public final class SigV4Authenticator implements RequestAuthenticator {
    public static final String SERVICE = "dax";
    /** The DAX API's body limit (RequestBodies): a longer body is refused before its signature is checked. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final SigV4Verifier verifier;

    public SigV4Authenticator(AccessKeyPair keys, String region, Clock clock) {
        this.verifier = new SigV4Verifier(keys, region, SERVICE, clock);
    }

    @Override
    public InputStream authenticate(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        SignedRequest request = new SignedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
        if (body.length > MAX_BODY_BYTES) {
            // Not all of it was read, so it cannot be hashed; still, a stranger learns nothing past the headers.
            verifier.verifyHeaders(request);
            throw DaxFault.serialization("The request body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        verifier.verify(request);
        return new ByteArrayInputStream(body);
    }
}
