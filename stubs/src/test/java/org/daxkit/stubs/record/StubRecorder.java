package org.daxkit.stubs.record;

import org.daxkit.reference.ReferenceServer;
import org.daxkit.stubs.DaxClients;
import software.amazon.awssdk.services.dax.DaxClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SortedMap;

/** Records the stubs from a fresh embedded reference server whose clock stands still. */
public final class StubRecorder {
    /** The reference's clock during recording: every NodeCreateTime is this instant. */
    static final Instant RECORDING_TIME = Instant.parse("2025-01-01T00:00:00Z");

    private StubRecorder() {
    }

    /** File name to mapping JSON. */
    public static SortedMap<String, String> record() {
        try (ReferenceServer reference = ReferenceServer.builder()
                .host("127.0.0.1")
                .port(0)
                .region("us-east-1")
                .accountId("123456789012")
                .clock(Clock.fixed(RECORDING_TIME, ZoneOffset.UTC))
                .start()) {
            WireCapture capture = new WireCapture();
            Recording recording = new Recording(capture);
            try (DaxClient dax = DaxClients.forEndpoint(reference.endpoint(), capture)) {
                new RecordingScript(dax, new ReferenceControl(reference.endpoint()), capture, recording).run();
            }
            return recording.files();
        }
    }

    /** Records into {@code directory}, replacing the mapping files there. */
    public static void recordInto(Path directory) {
        MappingDirectory.replace(directory, record());
    }
}
