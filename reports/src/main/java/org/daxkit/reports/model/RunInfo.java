package org.daxkit.reports.model;

/**
 * When and how the suite ran.
 *
 * @param startedAt      ISO-8601 instant
 * @param durationMillis wall time of the whole run
 * @param seed           the seed that replays generated inputs (--seed)
 * @param kitVersion     version of the kit
 * @param sdkVersion     version of the AWS SDK for Java the checks used
 */
public record RunInfo(String startedAt, long durationMillis, long seed, String kitVersion, String sdkVersion) {
}
