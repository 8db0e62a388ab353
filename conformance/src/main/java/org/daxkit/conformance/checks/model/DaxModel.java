package org.daxkit.conformance.checks.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's own small model of DAX state: which slots hold a settled (available) cluster and its node
 * ids. Written here from the documented semantics, never borrowed from an implementation.
 */
public final class DaxModel {
    private final Map<Integer, List<String>> nodesBySlot = new HashMap<>();

    public boolean exists(int slot) {
        return nodesBySlot.containsKey(slot);
    }

    public List<String> nodes(int slot) {
        return nodesBySlot.get(slot);
    }

    public int size(int slot) {
        return nodesBySlot.get(slot).size();
    }

    public void put(int slot, List<String> nodeIds) {
        nodesBySlot.put(slot, List.copyOf(nodeIds));
    }

    public void remove(int slot) {
        nodesBySlot.remove(slot);
    }

    public Iterable<Integer> slots() {
        return List.copyOf(nodesBySlot.keySet());
    }

    /** DAX clusters have 1 or 3-10 nodes: a change that would land on 2 goes one further. */
    public static int increasedSize(int size, int by) {
        int n = Math.min(10, size + by);
        return n == 2 ? 3 : n;
    }

    public static int decreasedSize(int size, int by) {
        int n = size - by;
        return n == 2 ? 1 : n;
    }
}
