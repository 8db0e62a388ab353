package org.daxkit.conformance.compare;

/** A record directory or file that cannot be read; the message names it. A usage error. */
public final class RecordUnreadable extends RuntimeException {
    public RecordUnreadable(String message) {
        super(message);
    }
}
