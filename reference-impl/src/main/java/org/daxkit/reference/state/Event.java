package org.daxkit.reference.state;

import java.time.Instant;

/** One entry of DescribeEvents. {@code sequence} keeps events of the same instant in order. */
public record Event(long sequence, String sourceName, SourceType sourceType, String message, Instant date) {

    /** The DescribeEvents source types, by their wire names. */
    public enum SourceType {
        CLUSTER, PARAMETER_GROUP, SUBNET_GROUP
    }
}
