package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daxkit.reference.support.FaultAssertions.assertFault;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.daxkit.reference.support.RawWire.Reply;
import org.daxkit.reference.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dax.model.DescribeEventsResponse;
import software.amazon.awssdk.services.dax.model.Event;
import software.amazon.awssdk.services.dax.model.InvalidParameterValueException;
import software.amazon.awssdk.services.dax.model.SourceType;

/** DescribeEvents: lifecycle events, filters, time windows and paging. */
class EventsTest {
    private final TestServer t = new TestServer();

    @AfterEach
    void stop() {
        t.close();
    }

    /** The sequence of the AWS CLI's describe-events example: created, a node removed, the cluster deleted. */
    @Test
    void lifecycleEventsAsAwsPublishesThemNewestFirst() {
        t.availableCluster("ev", 3);
        t.dax.decreaseReplicationFactor(b -> b.clusterName("ev").newReplicationFactor(2));
        t.server.completeTransitions();
        t.dax.deleteCluster(b -> b.clusterName("ev"));
        t.server.completeTransitions();
        t.dax.createParameterGroup(b -> b.parameterGroupName("pg"));
        t.dax.createSubnetGroup(b -> b.subnetGroupName("sn").subnetIds("subnet-0123abcd"));

        List<Event> cluster = t.dax.describeEvents(b -> b.sourceName("ev").sourceType(SourceType.CLUSTER)).events();
        assertThat(cluster).extracting(Event::message).containsExactly("Cluster deleted.", "Removed node ev-b.",
                "Removed node ev-a.", "Removed node ev-c.", "Cluster created.");
        assertThat(cluster).allSatisfy(e -> {
            assertThat(e.sourceTypeAsString()).isEqualTo("CLUSTER");
            assertThat(e.sourceName()).isEqualTo("ev");
        });
        assertThat(t.dax.describeEvents(b -> b.sourceType(SourceType.PARAMETER_GROUP)).events())
                .extracting(Event::sourceName, Event::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pg", "Parameter group created."));
        assertThat(t.dax.describeEvents(b -> b.sourceType(SourceType.SUBNET_GROUP)).events())
                .extracting(Event::sourceName).containsExactly("sn");
    }

    /** Choices in the published style: what no example shows. */
    @Test
    void addedNodesUpdatesAndGroupChangesAreSentencesToo() {
        t.availableCluster("ev", 1);
        t.dax.increaseReplicationFactor(b -> b.clusterName("ev").newReplicationFactor(3));
        t.server.completeTransitions();
        t.dax.updateCluster(b -> b.clusterName("ev").description("d"));

        assertThat(t.dax.describeEvents(b -> b.sourceName("ev")).events()).extracting(Event::message)
                .containsExactly("Cluster updated.", "Added node ev-c.", "Added node ev-b.", "Cluster created.");
    }

    @Test
    void eventDateIsEpochSecondsOnTheWire() {
        t.availableCluster("ev", 1);
        Reply reply = t.wire.call("DescribeEvents", "{}");
        JsonNode date = reply.json().at("/Events/0/Date");
        assertThat(date.isNumber()).as("Date in %s", reply).isTrue();
    }

    @Test
    void timeWindowFilters() {
        t.dax.createParameterGroup(b -> b.parameterGroupName("early"));
        t.server.advanceClock(Duration.ofHours(2));
        t.dax.createParameterGroup(b -> b.parameterGroupName("late"));

        assertThat(names(t.dax.describeEvents(b -> b.duration(60)))).containsExactly("late");
        assertThat(names(t.dax.describeEvents())).containsExactly("late", "early");
        Instant serverNow = Instant.now().plus(Duration.ofHours(2));
        assertThat(names(t.dax.describeEvents(b -> b.endTime(serverNow.minus(Duration.ofMinutes(30))))))
                .containsExactly("early");
        assertThat(names(t.dax.describeEvents(b -> b.startTime(serverNow.minus(Duration.ofMinutes(30))))))
                .containsExactly("late");
        t.server.advanceClock(Duration.ofHours(25));
        assertThat(t.dax.describeEvents().events()).as("by default only the last 24 hours").isEmpty();
        assertThat(names(t.dax.describeEvents(b -> b.duration(60 * 48)))).containsExactly("late", "early");
    }

    @Test
    void pagingAndBadParameters() {
        for (int i = 0; i < 25; i++) {
            String name = "pg" + i;
            t.dax.createParameterGroup(b -> b.parameterGroupName(name));
            t.dax.deleteParameterGroup(b -> b.parameterGroupName(name));
        }
        DescribeEventsResponse first = t.dax.describeEvents(b -> b.maxResults(20));
        DescribeEventsResponse second = t.dax.describeEvents(b -> b.maxResults(20).nextToken(first.nextToken()));
        DescribeEventsResponse third = t.dax.describeEvents(b -> b.maxResults(20).nextToken(second.nextToken()));
        List<Event> all = new ArrayList<>(first.events());
        all.addAll(second.events());
        all.addAll(third.events());
        assertThat(all).hasSize(50).doesNotHaveDuplicates();
        assertThat(third.nextToken()).isNull();
        assertFault("DescribeEvents with SourceType 'NODE'", () -> t.dax.describeEvents(b -> b.sourceType("NODE")),
                InvalidParameterValueException.class, "InvalidParameterValueException");
        assertFault("DescribeEvents with Duration -1", () -> t.dax.describeEvents(b -> b.duration(-1)),
                InvalidParameterValueException.class, "InvalidParameterValueException");
    }

    private static List<String> names(DescribeEventsResponse response) {
        return response.events().stream().map(Event::sourceName).toList();
    }
}
