package org.daxkit.reference.state;

import java.time.Instant;

/** One node of a cluster. Status strings are the lowercase wire values. */
public final class Node {
    public static final String CREATING = "creating";
    public static final String AVAILABLE = "available";
    public static final String REBOOTING = "rebooting";

    private final String id;
    private final String address;
    private final Instant createTime;
    private final String availabilityZone;
    private String status;
    /** When the current status (creating, rebooting) ends; null when none is pending. */
    private Instant dueAt;

    public Node(String id, String address, Instant createTime, String availabilityZone, String status, Instant dueAt) {
        this.id = id;
        this.address = address;
        this.createTime = createTime;
        this.availabilityZone = availabilityZone;
        this.status = status;
        this.dueAt = dueAt;
    }

    public String id() {
        return id;
    }

    public String address() {
        return address;
    }

    public Instant createTime() {
        return createTime;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    public String status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public void setStatus(String status, Instant dueAt) {
        this.status = status;
        this.dueAt = dueAt;
    }

    public boolean isAvailable() {
        return AVAILABLE.equals(status);
    }

    /** A node being added has no reachable endpoint yet. */
    public boolean hasEndpoint() {
        return AVAILABLE.equals(status) || REBOOTING.equals(status);
    }
}
