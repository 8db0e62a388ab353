package org.daxkit.reference.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a reference server is configured with; built by {@link org.daxkit.reference.ReferenceServerBuilder}.
 * {@code controlApi}: whether /_control is served at all. {@code requiredAuth}: when present, every
 * DAX API request must carry a valid SigV4 signature made with this key pair.
 */
public record ServerSettings(
        String host,
        int port,
        Duration createDuration,
        Duration rebootDuration,
        Duration modifyDuration,
        Duration deleteDuration,
        String region,
        String accountId,
        Clock clock,
        boolean controlApi,
        Optional<AccessKeyPair> requiredAuth) {

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(requiredAuth, "requiredAuth");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        requireNonNegative("createDuration", createDuration);
        requireNonNegative("rebootDuration", rebootDuration);
        requireNonNegative("modifyDuration", modifyDuration);
        requireNonNegative("deleteDuration", deleteDuration);
    }

    private static void requireNonNegative(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }
}
