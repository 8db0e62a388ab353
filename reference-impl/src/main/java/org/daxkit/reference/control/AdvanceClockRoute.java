package org.daxkit.reference.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;

/** POST /_control/clock/advance {"millis":N}: server time moves forward; due transitions complete. */
final class AdvanceClockRoute implements ControlRouteHandler {
    private static final long MAX_MILLIS = Duration.ofDays(3650).toMillis();

    private final DaxStore store;

    AdvanceClockRoute(DaxStore store) {
        this.store = store;
    }

    @Override
    public JsonNode handle(ObjectNode body) {
        long millis = ControlBodies.requiredLong(body, "millis", 0);
        if (millis > MAX_MILLIS) {
            throw new BadControlRequest("Member 'millis' must be at most " + MAX_MILLIS + " (ten years), got " + millis);
        }
        int completed = store.advanceClock(Duration.ofMillis(millis));
        ObjectNode result = Json.object();
        result.put("advancedMillis", millis);
        result.put("nowEpochMillis", store.now().toEpochMilli());
        result.put("completed", completed);
        return result;
    }
}
