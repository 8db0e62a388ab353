package org.daxkit.reference.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.Optional;
import java.util.regex.Pattern;
import org.daxkit.reference.config.AccessKeyPair;
import org.daxkit.reference.support.LanAddress;
import org.daxkit.reference.support.RawWire;
import org.daxkit.reference.support.RawWire.Reply;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line: usage errors exit 2 naming the flag; a good command line serves until stopped. */
class ReferenceServerMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--bogus|--bogus",
            "--port|--port",
            "--port abc|--port",
            "--port 70000|--port",
            "--port=-1|--port",
            "--reboot-duration 5|--reboot-duration",
            "--create-duration 2x|--create-duration",
            "--delete-duration=|--delete-duration",
            "--modify-duration -1s|--modify-duration",
            "--region Mars|--region",
            "--account-id 12|--account-id",
            "--host=|--host",
            "--control-api=yes|--control-api",
            "--no-control-api=1|--no-control-api",
            "--control-api --no-control-api|--control-api",
            "--require-auth|--require-auth",
            "--require-auth AKID|--require-auth",
            "--require-auth :secret|--require-auth",
            "--require-auth AKID:|--require-auth",
            "--require-auth=AK/ID:secret|--require-auth",
            "stray|stray"})
    void usageErrorsExitWith2AndNameTheFlag(String commandLine, String named) {
        int code = run(commandLine.split(" "));

        assertThat(code).as("exit code of %s", commandLine).isEqualTo(2);
        assertThat(text(err)).as("stderr of %s", commandLine).contains(named).contains("Usage:");
    }

    @Test
    void helpPrintsUsageAndExits0() {
        assertThat(run(new String[] {"--help"})).isZero();
        assertThat(text(out)).contains("Usage:", "--reboot-duration", "--account-id", "--require-auth AK:SK",
                "--control-api", "--no-control-api");
    }

    @Test
    void aRejectedRequireAuthValueNeverEchoesTheSecret() {
        assertThat(run(new String[] {"--require-auth", "AK ID:TopSecret42"})).isEqualTo(2);
        assertThat(text(err)).contains("--require-auth").doesNotContain("TopSecret42");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--port 1|true",
            "--host 127.0.0.1|true",
            "--host localhost|true",
            "--host 0.0.0.0|false",
            "--host 0.0.0.0 --control-api|true",
            "--control-api --host 0.0.0.0 --control-api|true",
            "--no-control-api|false",
            "--host 127.0.0.1 --no-control-api|false"})
    void theControlApiIsOnForLoopbackOnlyUnlessChosen(String commandLine, boolean enabled) throws UsageException {
        CliOptions options = CliOptions.parse(commandLine.split(" "));

        assertThat(options.builder.settings().controlApi()).as(commandLine).isEqualTo(enabled);
    }

    @Test
    void requireAuthSplitsAtTheFirstColon() throws UsageException {
        assertThat(CliOptions.parse(new String[] {"--port", "1"}).builder.settings().requiredAuth()).isEmpty();
        assertThat(CliOptions.parse(new String[] {"--require-auth", "AKIDCLI:se/cr+et:with:colons"}).builder.settings()
                .requiredAuth()).hasValue(new AccessKeyPair("AKIDCLI", "se/cr+et:with:colons"));
    }

    @Test
    void requireAuthRefusesUnsignedCallsButNotTheControlApi() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> ReferenceServerMain.run(new String[] {
                "--port=0", "--require-auth", "AKIDCLI:cli-secret"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), stop));
        RawWire wire = new RawWire(URI.create(awaitListening("127\\.0\\.0\\.1")));

        Reply unsigned = wire.call("DescribeClusters", "{}");
        assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(403);
        assertThat(unsigned.json().path("__type").asText()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(wire.control("GET", "/info", null).json().path("authentication").asText()).isEqualTo("sigv4");
        assertThat(text(err)).as("loopback: no warning").isEmpty();

        stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aNonLoopbackHostPrintsTheWarningToStderr() throws Exception {
        Optional<String> lan = LanAddress.find();
        Assumptions.assumeTrue(lan.isPresent(), "needs a non-loopback IPv4 address on this machine");
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> ReferenceServerMain.run(new String[] {
                "--host", lan.get(), "--port=0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), stop));
        awaitListening(Pattern.quote(lan.get()));

        assertThat(text(err).lines().toList()).singleElement().asString().startsWith("WARNING: ")
                .contains(lan.get(), "without credentials", "control API /_control is off");

        stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    /** Waits for the one "listening on" line and returns its URL. */
    private String awaitListening(String hostPattern) {
        Pattern listening = Pattern.compile("http://" + hostPattern + ":\\d+");
        await().atMost(Duration.ofSeconds(30)).until(() -> listening.matcher(text(out)).find());
        Matcher matcher = listening.matcher(text(out));
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    @Test
    void portInUseExits1WithAMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int code = run(new String[] {"--port", String.valueOf(taken.getLocalPort())});
            assertThat(code).isEqualTo(1);
            assertThat(text(err)).contains(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void servesWithTheGivenSettingsUntilStopped() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> ReferenceServerMain.run(new String[] {
                "--port=0", "--create-duration", "500ms", "--reboot-duration", "1m", "--modify-duration", "0",
                "--delete-duration", "2s", "--region", "eu-central-1", "--account-id", "210987654321"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), stop));
        Pattern listening = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)");
        await().atMost(Duration.ofSeconds(30)).until(() -> listening.matcher(text(out)).find());
        Matcher matcher = listening.matcher(text(out));
        assertThat(matcher.find()).isTrue();
        RawWire wire = new RawWire(URI.create(matcher.group()));

        Reply info = wire.control("GET", "/info", null);
        assertThat(info.json().path("region").asText()).as(info.toString()).isEqualTo("eu-central-1");
        assertThat(info.json().path("accountId").asText()).isEqualTo("210987654321");
        assertThat(info.json().path("durations").toString())
                .isEqualTo("{\"createMillis\":500,\"rebootMillis\":60000,\"modifyMillis\":0,\"deleteMillis\":2000}");
        assertThat(text(out).lines().count()).as("exactly one line once listening: %s", text(out)).isEqualTo(1);

        stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    private int run(String[] args) {
        return ReferenceServerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
