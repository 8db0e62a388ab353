package org.daxkit.conformance.shape;

import java.util.Map;
import java.util.Set;

/** A modeled JSON shape, derived from the SDK's generated classes (see {@link SdkShapes}). */
public sealed interface Shape permits Shape.Scalar, Shape.Structure, Shape.ListOf, Shape.MapOf {

    /** What the JSON must look like, for messages: "a JSON number (epoch seconds)", "a JSON object", ... */
    String expectation();

    /** A scalar: string, integer, timestamp, ...; {@code enumValues} is empty unless modeled as an enum. */
    record Scalar(Kind kind, Set<String> enumValues) implements Shape {
        @Override
        public String expectation() {
            return kind.expectation;
        }
    }

    /** An object with named members, e.g. Cluster. */
    record Structure(String name, Map<String, Shape> members) implements Shape {
        @Override
        public String expectation() {
            return "a JSON object (" + name + ")";
        }
    }

    record ListOf(Shape member) implements Shape {
        @Override
        public String expectation() {
            return "a JSON array";
        }
    }

    record MapOf(Shape value) implements Shape {
        @Override
        public String expectation() {
            return "a JSON object (map)";
        }
    }

    /** JSON kinds of scalars in AWS JSON 1.1. */
    enum Kind {
        STRING("a JSON string"),
        INTEGER("a JSON integer"),
        NUMBER("a JSON number"),
        BOOLEAN("a JSON boolean"),
        TIMESTAMP("a JSON number (epoch seconds)"),
        BLOB("a JSON string (base64)"),
        DOCUMENT("any JSON value");

        private final String expectation;

        Kind(String expectation) {
            this.expectation = expectation;
        }
    }
}
