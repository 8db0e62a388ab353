package org.daxkit.conformance.support;

/** A bounded wait ended without the condition; says what was last seen and how long it waited. */
public final class AwaitTimeout extends RuntimeException {
    private final String lastSeen;
    private final long waitedMillis;

    public AwaitTimeout(String what, long timeoutMillis, long waitedMillis, String lastSeen) {
        super(what + " did not happen within " + timeoutMillis + " ms (waited " + waitedMillis + " ms); last seen: "
                + lastSeen);
        this.lastSeen = lastSeen;
        this.waitedMillis = waitedMillis;
    }

    public String lastSeen() {
        return lastSeen;
    }

    public long waitedMillis() {
        return waitedMillis;
    }
}
