package org.daxkit.conformance.compare;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.conformance.record.RunMetadata;
import org.daxkit.conformance.record.RunRecorder;
import org.daxkit.conformance.wire.Exchange;

/** Writes a small record by hand, through the recorder itself, so the comparer reads what --record writes. */
final class HandMadeRecord {
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private final RunRecorder recorder;

    HandMadeRecord(Path dir, String targetName) {
        recorder = RunRecorder.create(dir, false);
        recorder.begin(new RunMetadata(targetName, "http://127.0.0.1:1", "us-east-1", 1L, 3, List.of(),
                "0.1.0-SNAPSHOT", "2.40.2", T0), List.of());
    }

    /** One exchange: sent at T0 + {@code atMillis}, answered {@code millis} later. */
    HandMadeRecord add(String during, String operation, String requestBody, int status, Map<String, String> headers,
                       String responseBody, long atMillis, long millis) {
        recorder.during(during);
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        headers.forEach((k, v) -> responseHeaders.put(k, List.of(v)));
        recorder.accept(new Exchange(operation, "POST", "http://127.0.0.1:1/",
                Map.of("X-Amz-Target", List.of("AmazonDAXV3." + operation)), requestBody, status, responseHeaders,
                responseBody, 1, T0.plusMillis(atMillis), millis));
        return this;
    }

    void finish() {
        recorder.finish(T0.plusSeconds(60));
    }

    static Map<String, String> awsJson() {
        return Map.of("Content-Type", "application/x-amz-json-1.1", "x-amzn-RequestId", "r");
    }
}
