package org.daxkit.reference.http;

import java.io.IOException;

/** The request deadline passed while the request was being read; the client has had its 408 already. */
public final class RequestTimedOut extends IOException {
    RequestTimedOut(String message) {
        super(message);
    }
}
