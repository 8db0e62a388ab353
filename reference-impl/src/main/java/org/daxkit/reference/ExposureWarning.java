package org.daxkit.reference;

import java.net.URI;
import java.util.Optional;
import org.daxkit.reference.config.ServerSettings;

/** The one-line stderr warning of a server bound where other machines may reach it. */
final class ExposureWarning {
    private ExposureWarning() {
    }

    /** Empty when the server is bound to loopback. */
    static Optional<String> of(ServerSettings settings, URI endpoint) {
        if (BindAddress.isLoopback(settings.host())) {
            return Optional.empty();
        }
        String auth = settings.requiredAuth().isPresent()
                ? "the DAX API requires SigV4 signatures made with the --require-auth key"
                : "anyone who can reach it can use the DAX API without credentials (--require-auth ACCESS_KEY:SECRET_KEY "
                        + "requires SigV4 signatures)";
        String control = settings.controlApi()
                ? "the control API /_control is on (--control-api) and answers loopback clients only"
                : "the control API /_control is off (--control-api turns it on, for loopback clients only)";
        return Optional.of("WARNING: dax-reference-impl is bound to " + settings.host() + ", not a loopback address, and "
                + "listens on " + endpoint + ": " + auth + "; " + control + ".");
    }
}
