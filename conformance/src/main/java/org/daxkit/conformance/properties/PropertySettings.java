package org.daxkit.conformance.properties;

/**
 * How a run's properties run: the seed that replays them, the examples each may try, the shrink budget, and
 * where the distinct examples actually run are counted (null: nowhere).
 */
public record PropertySettings(long seed, int tries, int shrinks, ExampleCounts counts) {
}
