package org.daxkit.reference.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.daxkit.reference.config.ServerSettings;

/** All mutable server state. Guarded by {@link DaxStore}'s lock; never touched outside it. */
public final class State {
    /** Real DAX keeps 14 days of events; a long-running server keeps the newest this many, so memory stays bounded. */
    static final int MAX_EVENTS = 10_000;

    final Map<String, Cluster> clusters = new TreeMap<>();
    final Map<String, ParameterGroup> parameterGroups = new TreeMap<>();
    final Map<String, SubnetGroup> subnetGroups = new TreeMap<>();
    final List<Event> events = new ArrayList<>();
    final FaultInjector faults = new FaultInjector();
    boolean serviceLinkedRolePresent = true;
    long eventSequence;

    /** A fresh account: the default parameter group and the default subnet group, nothing else. */
    static State initial(ServerSettings settings) {
        State state = new State();
        state.parameterGroups.put(ParameterGroup.DEFAULT_NAME,
                new ParameterGroup(ParameterGroup.DEFAULT_NAME, "Default parameter group for dax1.0"));
        String vpcId = "vpc-" + Ids.hex(settings.accountId() + "vpc", 17);
        List<SubnetGroup.Subnet> subnets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            subnets.add(new SubnetGroup.Subnet("subnet-" + Ids.hex(settings.accountId() + "subnet" + i, 17),
                    Ids.zone(settings.region(), i)));
        }
        state.subnetGroups.put(SubnetGroup.DEFAULT_NAME,
                new SubnetGroup(SubnetGroup.DEFAULT_NAME, "Default CacheSubnetGroup", vpcId, subnets));
        return state;
    }

    Event addEvent(String sourceName, Event.SourceType type, String message, Instant date) {
        Event event = new Event(++eventSequence, sourceName, type, message, date);
        events.add(event);
        if (events.size() > MAX_EVENTS) {
            events.remove(0);
        }
        return event;
    }
}
