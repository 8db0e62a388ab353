package org.daxkit.conformance.config;

/** A configuration value as given, with where it came from (a flag, property or variable name). */
record RawValue(String source, String value) {
    ConfigException bad(String why) {
        return new ConfigException(source + "='" + value + "': " + why);
    }
}
