package org.daxkit.conformance.checks.model;

/** Where a slot's cluster is in its life, as the model sees it. */
public enum Phase {
    GONE, CREATING, AVAILABLE, MODIFYING, DELETING;

    /** A phase the target ends on its own, at any moment: the model allows for it having ended already. */
    public boolean transitional() {
        return this == CREATING || this == MODIFYING || this == DELETING;
    }

    /** The cluster Status DAX shows in this phase ("gone": no cluster). */
    public String status() {
        return this == GONE ? "gone" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
