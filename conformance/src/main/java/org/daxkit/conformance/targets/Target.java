package org.daxkit.conformance.targets;

import org.daxkit.conformance.config.Capability;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.daxkit.reports.model.TargetInfo;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** What the suite runs against: where, how to sign, what it can do beyond DAX, and how slow it is. */
public final class Target implements AutoCloseable {
    private final String name;
    private final URI endpoint;
    private final String description;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final boolean sdkDefaultEndpoint;
    private final Set<Capability> capabilities;
    private final ControlApi control;
    private final TimingProfile timing;
    private final Runnable onClose;

    public Target(String name, URI endpoint, String description, Region region, AwsCredentialsProvider credentials,
                  Set<Capability> capabilities, ControlApi control, TimingProfile timing, Runnable onClose) {
        this(name, endpoint, false, description, region, credentials, capabilities, control, timing, onClose);
    }

    /** {@code sdkDefaultEndpoint}: the real service, reached as the SDK reaches it (endpoint is for display). */
    public Target(String name, URI endpoint, boolean sdkDefaultEndpoint, String description, Region region,
                  AwsCredentialsProvider credentials, Set<Capability> capabilities, ControlApi control,
                  TimingProfile timing, Runnable onClose) {
        this.name = name;
        this.sdkDefaultEndpoint = sdkDefaultEndpoint;
        this.endpoint = endpoint;
        this.description = description;
        this.region = region;
        this.credentials = credentials;
        this.capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
        this.control = control;
        this.timing = timing;
        this.onClose = onClose;
    }

    public String name() {
        return name;
    }

    public URI endpoint() {
        return endpoint;
    }

    public String description() {
        return description;
    }

    public Region region() {
        return region;
    }

    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    /** Whether clients use the SDK's own endpoint for the region (the real service) instead of {@link #endpoint}. */
    public boolean sdkDefaultEndpoint() {
        return sdkDefaultEndpoint;
    }

    /** In declaration order, for stable output. */
    public Set<Capability> capabilities() {
        return capabilities.isEmpty() ? Set.of() : EnumSet.copyOf(capabilities);
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The control API, when any capability that needs it is declared. */
    public Optional<ControlApi> control() {
        return Optional.ofNullable(control);
    }

    public TimingProfile timing() {
        return timing;
    }

    public TargetInfo info() {
        return new TargetInfo(name, endpoint.toString(), description);
    }

    @Override
    public void close() {
        onClose.run();
    }
}
