package org.daxkit.conformance.properties;

/**
 * QuickTheories found a failing example and shrank it. Carries the smallest case (as text), the seed and
 * the failure that the smallest case produced, so the runner can report all three.
 */
public final class PropertyFalsified extends AssertionError {
    private final long seed;
    private final int examples;
    private final String smallest;

    public PropertyFalsified(long seed, int examples, String smallest, Throwable cause) {
        super("property falsified after " + examples + " example(s); smallest failing case: " + smallest
                + "; seed " + seed, cause);
        this.seed = seed;
        this.examples = examples;
        this.smallest = smallest;
    }

    public long seed() {
        return seed;
    }

    public int examples() {
        return examples;
    }

    public String smallest() {
        return smallest;
    }
}
