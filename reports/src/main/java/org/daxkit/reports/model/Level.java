package org.daxkit.reports.model;

/** RFC 2119 strength of a clause. */
public enum Level {
    MUST,
    SHOULD,
    MAY
}
