package org.daxkit.conformance.deviations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Level;
import org.daxkit.reports.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviationsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Set<String> KNOWN = Set.of("fault.node-not-found", "wire.request-id");

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("deviations.json");
        Files.writeString(f, json);
        return f;
    }

    private static CheckResult result(Outcome outcome) {
        return new CheckResult("fault.node-not-found", "RN-3.2", Level.MUST, "t", outcome, "original message", 5,
                null, null);
    }

    private static Deviation deviation(Outcome expected, LocalDate expires) {
        return new Deviation("fault.node-not-found", expected, "vendor answers 404", "https://example.com/1", expires);
    }

    @Test
    void readsEntries() throws IOException {
        List<Deviation> d = DeviationsFile.read(file("{\"deviations\":[{\"check\":\"fault.node-not-found\","
                + "\"expected\":\"FAILED\",\"reason\":\"r\",\"link\":\"l\",\"expires\":\"2026-06-30\"}]}"), KNOWN);

        assertThat(d).containsExactly(new Deviation("fault.node-not-found", Outcome.FAILED, "r", "l",
                LocalDate.of(2026, 6, 30)));
    }

    @Test
    void anUnknownCheckIdIsAUsageErrorNamingFileAndEntry() throws IOException {
        Path f = file("{\"deviations\":[{\"check\":\"no.such\",\"expected\":\"FAILED\",\"reason\":\"r\"}]}");

        assertThatThrownBy(() -> DeviationsFile.read(f, KNOWN)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("entry 1")
                .hasMessageContaining("unknown check id 'no.such'");
    }

    @Test
    void badOutcomesDatesMissingReasonsAndBadJsonAreUsageErrors() throws IOException {
        Path outcome = file("{\"deviations\":[{\"check\":\"wire.request-id\",\"expected\":\"PASSED\",\"reason\":\"r\"}]}");
        assertThatThrownBy(() -> DeviationsFile.read(outcome, KNOWN)).hasMessageContaining("\"expected\"='PASSED'");

        Path date = file("{\"deviations\":[{\"check\":\"wire.request-id\",\"expected\":\"FAILED\",\"reason\":\"r\","
                + "\"expires\":\"next year\"}]}");
        assertThatThrownBy(() -> DeviationsFile.read(date, KNOWN)).hasMessageContaining("'next year'");

        Path reason = file("{\"deviations\":[{\"check\":\"wire.request-id\",\"expected\":\"FAILED\"}]}");
        assertThatThrownBy(() -> DeviationsFile.read(reason, KNOWN)).hasMessageContaining("\"reason\" is missing");

        Path json = file("{deviations");
        assertThatThrownBy(() -> DeviationsFile.read(json, KNOWN)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read it as JSON");
    }

    @Test
    void aCheckEndingAsExpectedIsExcusedWithTheReason() {
        CheckResult r = DeviationsApplier.apply(result(Outcome.FAILED),
                Map.of("fault.node-not-found", deviation(Outcome.FAILED, null)), TODAY);

        assertThat(r.outcome()).isEqualTo(Outcome.EXCUSED);
        assertThat(r.message()).contains("vendor answers 404", "https://example.com/1", "original message");
    }

    @Test
    void aListedCheckThatNowPassesIsAStaleDeviationAndFails() {
        CheckResult r = DeviationsApplier.apply(result(Outcome.PASSED),
                Map.of("fault.node-not-found", deviation(Outcome.FAILED, null)), TODAY);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("stale deviation", "remove the entry");
    }

    @Test
    void anExpiredEntryExcusesNothingAndFails() {
        CheckResult r = DeviationsApplier.apply(result(Outcome.NOT_IMPLEMENTED),
                Map.of("fault.node-not-found", deviation(Outcome.NOT_IMPLEMENTED, LocalDate.of(2026, 2, 28))), TODAY);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("expired on 2026-02-28");
    }

    @Test
    void anEntryExpiringTodayStillExcuses() {
        CheckResult r = DeviationsApplier.apply(result(Outcome.NOT_IMPLEMENTED),
                Map.of("fault.node-not-found", deviation(Outcome.NOT_IMPLEMENTED, TODAY)), TODAY);

        assertThat(r.outcome()).isEqualTo(Outcome.EXCUSED);
    }

    @Test
    void aDifferentOutcomeIsNotExcused() {
        CheckResult r = DeviationsApplier.apply(result(Outcome.FAILED),
                Map.of("fault.node-not-found", deviation(Outcome.NOT_IMPLEMENTED, null)), TODAY);

        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.message()).contains("expects NOT_IMPLEMENTED");
    }
}
