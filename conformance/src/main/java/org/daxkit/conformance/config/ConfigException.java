package org.daxkit.conformance.config;

/** A configuration value that cannot be used; the message names the key (or flag) and the value. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
