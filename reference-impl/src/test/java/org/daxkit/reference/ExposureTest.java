package org.daxkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.daxkit.reference.config.ServerSettings;
import org.daxkit.reference.support.RawWire;
import org.daxkit.reference.support.RawWire.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loopback by default; the control API follows the bind address unless set; exposure is announced. */
class ExposureTest {
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    @Test
    void theDefaultIsLoopbackWithTheControlApiAndNoWarning() {
        ServerSettings settings = ReferenceServer.builder().settings();
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.controlApi()).isTrue();
        assertThat(settings.requiredAuth()).isEmpty();

        try (ReferenceServer server = ReferenceServer.builder().start(capture())) {
            Reply info = new RawWire(server.endpoint()).control("GET", "/info", null);
            assertThat(info.status()).as(info.toString()).isEqualTo(200);
            assertThat(info.json().path("authentication").asText()).isEqualTo("none");
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "localhost", "::1"})
    void aLoopbackHostKeepsTheControlApiOn(String host) {
        assertThat(ReferenceServer.builder().host(host).settings().controlApi()).as(host).isTrue();
        assertThat(ExposureWarning.of(ReferenceServer.builder().host(host).settings(), URI.create("http://x:1"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10", "no-such-host.invalid"})
    void anyOtherHostTurnsTheControlApiOffUnlessAskedFor(String host) {
        assertThat(ReferenceServer.builder().host(host).settings().controlApi()).as(host).isFalse();
        assertThat(ReferenceServer.builder().host(host).controlApi(true).settings().controlApi()).as(host).isTrue();
    }

    @Test
    void theWarningSaysWhatIsExposed() {
        URI endpoint = URI.create("http://0.0.0.0:8700");
        String open = ExposureWarning.of(ReferenceServer.builder().host("0.0.0.0").settings(), endpoint).orElseThrow();
        String guarded = ExposureWarning.of(ReferenceServer.builder().host("0.0.0.0").requireAuth("AKID", "secret")
                .controlApi(true).settings(), endpoint).orElseThrow();

        assertThat(open).startsWith("WARNING: ").contains("0.0.0.0", "http://0.0.0.0:8700", "without credentials",
                "--require-auth", "control API /_control is off").doesNotContain("\n");
        assertThat(guarded).startsWith("WARNING: ").contains("requires SigV4 signatures",
                "control API /_control is on", "loopback clients only").doesNotContain("secret", "\n");
    }

    @Test
    void withTheControlApiOffItsPathsAreUnknownLikeAnyOther() {
        try (ReferenceServer server = ReferenceServer.builder().controlApi(false).start(capture())) {
            RawWire wire = new RawWire(server.endpoint());
            Reply elsewhere = wire.send("GET", "/elsewhere", null, null);

            for (Reply reply : new Reply[] {wire.control("GET", "/info", null), wire.control("POST", "/reset", null)}) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(404).isEqualTo(elsewhere.status());
                assertThat(reply.header("x-amzn-ErrorType")).isEqualTo("UnknownOperationException");
                assertThat(reply.json().path("__type").asText()).isEqualTo(elsewhere.json().path("__type").asText());
            }
            assertThat(wire.call("DescribeClusters", "{}").status()).as("the DAX API still serves").isEqualTo(200);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).as("loopback: no warning").isEmpty();
    }

    private PrintStream capture() {
        return new PrintStream(warnings, true, StandardCharsets.UTF_8);
    }
}
