package org.daxkit.reference.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * The hook where a DAX API request is authenticated, after its path and method are known to be
 * right and before anything else. Returns the request body to read from: an authenticator may
 * have had to read it (to hash it) already.
 */
@FunctionalInterface
public interface RequestAuthenticator {
    /** Every request is welcome; the body is left unread. */
    RequestAuthenticator NONE = HttpExchange::getRequestBody;

    /** Throws a {@link org.daxkit.reference.api.DaxFault} when the request is not authenticated. */
    InputStream authenticate(HttpExchange exchange) throws IOException;
}
