package org.daxkit.stubs.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what went wrong, by kind (a few kinds at most): wrong answers (another status, or a body without the
 * cluster), which are the peer's, and transport failures (an exception instead of an answer), which may be
 * the client's: the JDK HttpClient now and then fails a request on a reused connection.
 */
final class ErrorLog {
    private static final int MAX_KINDS = 10;
    private static final int MAX_TEXT = 200;
    private static final String OTHER = "(other kinds)";

    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final LongAdder wrongAnswers = new LongAdder();
    private final LongAdder transportFailures = new LongAdder();

    void wrongStatus(int status, String body) {
        wrongAnswers.increment();
        record("HTTP " + status + ": " + clip(body));
    }

    void wrongBody(String body) {
        wrongAnswers.increment();
        record("HTTP 200 without '" + BenchCall.EXPECTED_FRAGMENT + "': " + clip(body));
    }

    void failed(Exception e) {
        transportFailures.increment();
        record(e.getClass().getSimpleName() + ": " + clip(String.valueOf(e.getMessage())));
    }

    private void record(String kind) {
        String key = byKind.containsKey(kind) || byKind.size() < MAX_KINDS ? kind : OTHER;
        byKind.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "...";
    }

    long wrongAnswers() {
        return wrongAnswers.sum();
    }

    long transportFailures() {
        return transportFailures.sum();
    }

    long total() {
        return wrongAnswers() + transportFailures();
    }

    /** Kind → count, sorted by kind. */
    Map<String, Long> kinds() {
        Map<String, Long> kinds = new TreeMap<>();
        byKind.forEach((kind, count) -> kinds.put(kind, count.sum()));
        return kinds;
    }
}
