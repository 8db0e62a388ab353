package org.daxkit.conformance.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.regex.Pattern;

/**
 * The layout of a calibration record: a directory with {@code run.json} (the run's metadata) and one file per
 * exchange, {@code 0001-CreateCluster.json}, numbered in the order the exchanges completed.
 */
public final class RecordFormat {
    /** Written into run.json, so a later reader can tell which layout it has. */
    public static final String FORMAT = "dax-conformance-record/1";
    public static final String RUN_FILE = "run.json";
    /** Sequence number, operation, {@code .json}. */
    public static final Pattern EXCHANGE_FILE = Pattern.compile("(\\d{4,})-([A-Za-z0-9_]+)\\.json");

    /**
     * Reads and writes record files. Floats as exact decimals, so 1576625059.509 never turns into
     * 1.576625059509E9 and epoch seconds with fractions stay recognisable.
     */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private RecordFormat() {
    }

    public static String exchangeFileName(int sequence, String operation) {
        String op = operation == null ? "Unknown" : operation.replaceAll("[^A-Za-z0-9_]", "_");
        return String.format("%04d-%s.json", sequence, op);
    }
}
