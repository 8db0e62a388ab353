package org.daxkit.conformance.run;

/** The target could not be reached before any check ran (exit code 3). */
public final class TargetUnreachable extends RuntimeException {
    public TargetUnreachable(String message) {
        super(message);
    }
}
