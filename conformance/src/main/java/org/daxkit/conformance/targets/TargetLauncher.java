package org.daxkit.conformance.targets;

import org.daxkit.conformance.config.Capability;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.daxkit.conformance.config.ConformanceConfig;
import software.amazon.awssdk.regions.Region;

/**
 * Turns a configuration into a Target: starts the embedded reference when no endpoint is given, then
 * learns capabilities and durations from GET /_control/info unless configured.
 */
public final class TargetLauncher {
    private static final Set<Capability> NEED_CONTROL = EnumSet.of(Capability.FAULT_INJECTION,
            Capability.INSTANT_TRANSITIONS, Capability.CLOCK, Capability.SERVICE_LINKED_ROLE, Capability.PENDING_REBOOT);

    private TargetLauncher() {
    }

    public static Target launch(ConformanceConfig config) {
        Region region = AwsAccess.region(config);
        if (config.embedded()) {
            EmbeddedReference reference = EmbeddedReference.start(region.id());
            String name = config.targetName() != null ? config.targetName() : "reference (embedded)";
            return describe(config, region, name, reference.endpoint(), reference::close);
        }
        if (config.aws().realAws()) {
            return real(config, region);
        }
        URI endpoint = config.endpointUrl();
        String name = config.targetName() != null ? config.targetName()
                : endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
        return describe(config, region, name, endpoint, () -> { });
    }

    /** The real regional service: no control API is asked for, real DAX's timing profile, createClusters only. */
    private static Target real(ConformanceConfig config, Region region) {
        URI endpoint = URI.create("https://dax." + region.id() + ".amazonaws.com");
        Set<Capability> capabilities = config.capabilities() != null ? config.capabilities()
                : config.cluster() != null ? EnumSet.noneOf(Capability.class) : EnumSet.of(Capability.CREATE_CLUSTERS);
        String name = config.targetName() != null ? config.targetName() : "Amazon DAX (" + region.id() + ")";
        TimingProfile timing = TimingProfile.realDax().override(config.createTimeout(), config.rebootTimeout(),
                config.modifyTimeout(), config.deleteTimeout());
        return new Target(name, endpoint, true, "the real regional endpoint (--aws)", region,
                AwsAccess.credentials(config), capabilities, null, timing, () -> { });
    }

    private static Target describe(ConformanceConfig config, Region region, String name, URI endpoint,
                                   Runnable onClose) {
        ControlApi control = new ControlApi(endpoint);
        Optional<JsonNode> info = AwsAccess.isAws(config) ? Optional.empty() : control.info();
        Set<Capability> capabilities;
        String source;
        if (config.capabilities() != null) {
            capabilities = config.capabilities();
            source = "capabilities from configuration";
        } else if (info.isPresent()) {
            capabilities = declared(info.get());
            source = "capabilities from GET /_control/info (" + info.get().path("server").asText("?") + " "
                    + info.get().path("version").asText("?") + ")";
        } else {
            capabilities = config.cluster() != null ? EnumSet.noneOf(Capability.class)
                    : EnumSet.of(Capability.CREATE_CLUSTERS);
            source = "no GET /_control/info; capabilities assumed: "
                    + (capabilities.isEmpty() ? "none (an existing cluster is configured)" : "createClusters");
        }
        boolean needsControl = capabilities.stream().anyMatch(NEED_CONTROL::contains);
        TimingProfile timing = info.map(TargetLauncher::declaredTiming).orElseGet(TimingProfile::realDax)
                .override(config.createTimeout(), config.rebootTimeout(), config.modifyTimeout(),
                        config.deleteTimeout());
        return new Target(name, endpoint, source, region, AwsAccess.credentials(config), capabilities,
                needsControl ? control : null, timing, onClose);
    }

    private static Set<Capability> declared(JsonNode info) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        for (JsonNode c : info.path("capabilities")) {
            Capability parsed = Capability.parse(c.asText());
            if (parsed != null) {
                set.add(parsed);
            }
        }
        return set;
    }

    private static TimingProfile declaredTiming(JsonNode info) {
        JsonNode d = info.path("durations");
        if (!d.path("rebootMillis").canConvertToLong()) {
            return TimingProfile.realDax();
        }
        return TimingProfile.declared(millis(d, "createMillis"), millis(d, "rebootMillis"),
                millis(d, "modifyMillis"), millis(d, "deleteMillis"));
    }

    private static Duration millis(JsonNode durations, String field) {
        return Duration.ofMillis(durations.path(field).asLong(0));
    }
}
