package org.daxkit.conformance.shape;

/** One way a JSON response departs from its modeled shape. */
public record ShapeProblem(Kind kind, String path, String expected, String actual) {

    public enum Kind {
        /** A member's JSON type differs from the model (NodeCreateTime a string, Port "8111"). */
        WRONG_TYPE,
        /** An enum or documented status member carries a value outside its set. */
        UNKNOWN_VALUE,
        /** A member the model does not know. */
        UNKNOWN_MEMBER
    }

    @Override
    public String toString() {
        return path + ": expected " + expected + ", got " + actual;
    }
}
