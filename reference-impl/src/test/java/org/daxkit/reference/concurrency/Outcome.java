package org.daxkit.reference.concurrency;

/** What a call came to: success, or the wire code of a modeled fault. Anything else is a problem. */
record Outcome(String code) {
    static final Outcome SUCCESS = new Outcome("success");

    static Outcome fault(String code) {
        return new Outcome(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
