package org.daxkit.reference.control;

/** A control request the server cannot act on; answered with HTTP 400. */
final class BadControlRequest extends RuntimeException {
    BadControlRequest(String message) {
        super(message, null, false, false);
    }
}
