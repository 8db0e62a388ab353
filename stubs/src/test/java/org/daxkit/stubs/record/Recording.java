package org.daxkit.stubs.record;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The mapping files of one recording, named after their stubs: {@code <name>.json}. */
final class Recording {
    private final WireCapture capture;
    private final SortedMap<String, String> files = new TreeMap<>();

    Recording(WireCapture capture) {
        this.capture = capture;
    }

    /** Turns the most recent call into a stub that answers in any state. */
    void stub(String name) {
        stub(name, null);
    }

    /** Turns the most recent call into a stub of a scenario step. */
    void stub(String name, ScenarioStep step) {
        String file = name + ".json";
        if (files.containsKey(file)) {
            throw new IllegalStateException("Two stubs are named " + name + "; stub names must be unique");
        }
        files.put(file, MappingJson.render(name, capture.last(), step));
    }

    /** File name to content, sorted by name. */
    SortedMap<String, String> files() {
        return Collections.unmodifiableSortedMap(files);
    }
}
