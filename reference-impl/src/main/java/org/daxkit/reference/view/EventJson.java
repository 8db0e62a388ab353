package org.daxkit.reference.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.Event;

/** The wire form of an Event; Date is epoch seconds. */
public final class EventJson {
    private EventJson() {
    }

    public static ObjectNode render(Event event) {
        ObjectNode json = Json.object();
        json.put("SourceName", event.sourceName());
        json.put("SourceType", event.sourceType().name());
        json.put("Message", event.message());
        json.set("Date", Json.epochSeconds(event.date()));
        return json;
    }
}
