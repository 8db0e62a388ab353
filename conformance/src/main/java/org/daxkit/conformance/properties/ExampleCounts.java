package org.daxkit.conformance.properties;

/**
 * How many distinct examples the current check's properties actually ran. QuickTheories skips duplicate
 * values, so "25 examples" can mean 3 distinct ones; reports print this number instead of the budget.
 */
public final class ExampleCounts {
    private Integer current;

    /** Starts counting for a new check. */
    public synchronized void reset() {
        current = null;
    }

    synchronized void add(int distinct) {
        current = (current == null ? 0 : current) + distinct;
    }

    /** The count for the current check, or null when it ran no property. */
    public synchronized Integer current() {
        return current;
    }
}
