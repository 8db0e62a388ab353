package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.state.DaxStore;
import org.daxkit.reference.state.Event;
import org.daxkit.reference.state.Names;
import org.daxkit.reference.view.EventJson;

/**
 * DescribeEvents, newest first. The window is StartTime..EndTime; without StartTime it is the
 * Duration (minutes) before the end, else the last 24 hours; never more than 14 days back.
 */
final class DescribeEventsHandler implements OperationHandler {
    private static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    private static final Duration RETENTION = Duration.ofDays(14);

    @Override
    public ObjectNode handle(Input input, DaxStore store) {
        Optional<String> sourceName = input.string("SourceName").map(Names::lower);
        Optional<Event.SourceType> sourceType = input.string("SourceType").map(DescribeEventsHandler::sourceType);
        Optional<Instant> start = input.timestamp("StartTime");
        Optional<Instant> end = input.timestamp("EndTime");
        Optional<Integer> minutes = input.integer("Duration");
        if (minutes.isPresent() && minutes.get() < 0) {
            throw DaxFault.invalidParameter("The parameter Duration must not be negative, got " + minutes.get() + ".");
        }
        int max = Validators.maxResults(input);
        String token = input.string("NextToken").orElse(null);
        return store.apply(tx -> {
            Instant to = end.orElse(tx.now());
            Instant from = start.orElse(to.minus(minutes.map(Duration::ofMinutes).orElse(DEFAULT_WINDOW)));
            Instant oldest = tx.now().minus(RETENTION);
            Instant since = from.isBefore(oldest) ? oldest : from;
            List<Event> events = tx.events().stream()
                    .filter(e -> sourceName.map(n -> n.equals(Names.lower(e.sourceName()))).orElse(true))
                    .filter(e -> sourceType.map(t -> t == e.sourceType()).orElse(true))
                    .filter(e -> !e.date().isBefore(since) && !e.date().isAfter(to))
                    .sorted(Comparator.comparing(DescribeEventsHandler::newestFirstKey))
                    .toList();
            var page = Pages.page(events, DescribeEventsHandler::newestFirstKey, max, token, "events");
            ObjectNode result = Json.object();
            ArrayNode array = result.putArray("Events");
            page.items().forEach(event -> array.add(EventJson.render(event)));
            if (page.nextToken() != null) {
                result.put("NextToken", page.nextToken());
            }
            return result;
        });
    }

    /** Fixed-width, so string order is newest date first, then newest sequence first. */
    private static String newestFirstKey(Event event) {
        return String.format("%019d-%019d", Long.MAX_VALUE - event.date().toEpochMilli(),
                Long.MAX_VALUE - event.sequence());
    }

    private static Event.SourceType sourceType(String value) {
        return Arrays.stream(Event.SourceType.values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> DaxFault.invalidParameter("The parameter SourceType must be one of "
                        + Arrays.toString(Event.SourceType.values()) + ", got '" + value + "'."));
    }
}
