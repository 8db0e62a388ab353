package org.daxkit.stubs.bench;

/** A command-line mistake; the message names the flag. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
