package org.daxkit.reference;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.daxkit.reference.config.AccessKeyPair;
import org.daxkit.reference.config.ServerSettings;

/** Configures and starts a {@link ReferenceServer}. Defaults suit embedded use in tests. */
public final class ReferenceServerBuilder {
    public static final Duration DEFAULT_CREATE = Duration.ofMillis(200);
    public static final Duration DEFAULT_REBOOT = Duration.ofMillis(500);
    public static final Duration DEFAULT_MODIFY = Duration.ofMillis(200);
    public static final Duration DEFAULT_DELETE = Duration.ofMillis(200);
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    private String host = "127.0.0.1";
    private int port;
    private Duration createDuration = DEFAULT_CREATE;
    private Duration rebootDuration = DEFAULT_REBOOT;
    private Duration modifyDuration = DEFAULT_MODIFY;
    private Duration deleteDuration = DEFAULT_DELETE;
    private String region = DEFAULT_REGION;
    private String accountId = DEFAULT_ACCOUNT_ID;
    private Clock clock = Clock.systemUTC();
    private Boolean controlApi;
    private AccessKeyPair requiredAuth;

    ReferenceServerBuilder() {
    }

    public ReferenceServerBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** 0 picks a free port. */
    public ReferenceServerBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** How long a new cluster stays {@code creating}. */
    public ReferenceServerBuilder createDuration(Duration duration) {
        this.createDuration = duration;
        return this;
    }

    /** How long a node stays {@code rebooting}. */
    public ReferenceServerBuilder rebootDuration(Duration duration) {
        this.rebootDuration = duration;
        return this;
    }

    /** How long a cluster stays {@code modifying} after a replication factor change. */
    public ReferenceServerBuilder modifyDuration(Duration duration) {
        this.modifyDuration = duration;
        return this;
    }

    /** How long a cluster stays {@code deleting} before it is gone. */
    public ReferenceServerBuilder deleteDuration(Duration duration) {
        this.deleteDuration = duration;
        return this;
    }

    public ReferenceServerBuilder region(String region) {
        this.region = Objects.requireNonNull(region, "region");
        return this;
    }

    /** A 12-digit AWS account id, used in ARNs. */
    public ReferenceServerBuilder accountId(String accountId) {
        if (accountId == null || !accountId.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits, got " + accountId);
        }
        this.accountId = accountId;
        return this;
    }

    /** The time source transitions are computed from; the control API can move it forward. */
    public ReferenceServerBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Serve the control API (/_control, loopback clients only) or not. Unless set, it is on when
     * the host is a loopback address and off otherwise.
     */
    public ReferenceServerBuilder controlApi(boolean enabled) {
        this.controlApi = enabled;
        return this;
    }

    /**
     * Require an AWS Signature Version 4 (service {@code dax}, this server's region) made with this
     * key pair on every DAX API request. The control API is not affected.
     */
    public ReferenceServerBuilder requireAuth(String accessKeyId, String secretAccessKey) {
        this.requiredAuth = new AccessKeyPair(accessKeyId, secretAccessKey);
        return this;
    }

    public ServerSettings settings() {
        boolean control = controlApi != null ? controlApi : BindAddress.isLoopback(host);
        return new ServerSettings(host, port, createDuration, rebootDuration, modifyDuration, deleteDuration,
                region, accountId, clock, control, Optional.ofNullable(requiredAuth));
    }

    /**
     * Binds and starts serving; the returned server is accepting connections. Bound to an address
     * other than loopback, it prints a one-line warning to System.err.
     */
    public ReferenceServer start() {
        return start(System.err);
    }

    /** As {@link #start()}, with the exposure warning (if any) printed to {@code warnings}. */
    public ReferenceServer start(PrintStream warnings) {
        try {
            return ReferenceServer.start(settings(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the reference server on " + host + ":" + port, e);
        }
    }
}
