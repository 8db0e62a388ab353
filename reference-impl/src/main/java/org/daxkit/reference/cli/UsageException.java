package org.daxkit.reference.cli;

/** A command-line mistake: reported with the usage text and exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
