package org.daxkit.reports.model;

import java.util.List;

/** One requirement of the clause catalog, carried into results so an unchecked clause stays visible. */
public record ClauseInfo(String id, Level level, String text, List<String> checks) {
}
