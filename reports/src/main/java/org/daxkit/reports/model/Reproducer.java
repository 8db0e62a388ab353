package org.daxkit.reports.model;

import java.util.Map;

/**
 * The request that exposed a failure, and the seed that replays the run.
 * Renderers derive a curl command from it.
 */
public record Reproducer(String method, String url, Map<String, String> headers, String body, Long seed) {
}
