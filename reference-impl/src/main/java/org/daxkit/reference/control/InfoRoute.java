package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.config.ServerSettings;
import org.daxkit.reference.config.Version;
import org.daxkit.reference.api.Json;

/** GET /_control/info: what this server is, what it can do, and its transition durations. */
final class InfoRoute implements ControlRouteHandler {
    private final ServerSettings settings;

    InfoRoute(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        ObjectNode info = Json.object();
        info.put("server", "dax-reference-impl");
        info.put("version", Version.current());
        info.put("region", settings.region());
        info.put("accountId", settings.accountId());
        info.set("capabilities", Json.strings(java.util.List.of(
                "createClusters", "faultInjection", "instantTransitions", "clock", "serviceLinkedRole",
                "pendingReboot")));
        // "sigv4": DAX API calls must be signed (service dax, this region); "none": anything goes.
        info.put("authentication", settings.requiredAuth().isPresent() ? "sigv4" : "none");
        ObjectNode durations = info.putObject("durations");
        durations.put("createMillis", settings.createDuration().toMillis());
        durations.put("rebootMillis", settings.rebootDuration().toMillis());
        durations.put("modifyMillis", settings.modifyDuration().toMillis());
        durations.put("deleteMillis", settings.deleteDuration().toMillis());
        return info;
    }
}
