package org.daxkit.conformance.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.daxkit.conformance.cli.CliRun;
import org.daxkit.conformance.run.ExitCodes;
import org.daxkit.reference.ReferenceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials as AWS tools take them, proven against a reference that verifies SigV4 signatures: a request
 * signed with other keys is refused, so a passing check shows which keys the suite used.
 */
class CredentialsTest {
    private static final String ACCESS_KEY = "AKIDPROFILEKEY";
    private static final String SECRET = "profile-secret";
    private static ReferenceServer signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        signed = ReferenceServer.builder().requireAuth(ACCESS_KEY, SECRET).start();
    }

    @AfterAll
    static void stop() {
        signed.close();
    }

    @Test
    void aNamedProfileOfTheSharedCredentialsFileSignsTheRequests() throws Exception {
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[kit-test]\naws_access_key_id = " + ACCESS_KEY + "\naws_secret_access_key = "
                + SECRET + "\n");
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile kit-test]\nregion = us-east-1\n");
        String before = System.getProperty("aws.sharedCredentialsFile");
        String beforeConfig = System.getProperty("aws.configFile");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", config.toString());
        try {
            CliRun withProfile = CliRun.of("--endpoint-url", signed.endpoint().toString(), "--profile", "kit-test",
                    "--checks", "fault.cluster-not-found", "--tries", "3", "--report-dir", dir.resolve("a").toString());
            CliRun without = CliRun.of("--endpoint-url", signed.endpoint().toString(),
                    "--checks", "fault.cluster-not-found", "--tries", "3", "--report-dir", dir.resolve("b").toString());

            assertThat(withProfile.exitCode()).as(withProfile.toString()).isEqualTo(ExitCodes.CONFORMANT);
            assertThat(without.exitCode()).as("placeholder keys are refused").isEqualTo(ExitCodes.NON_CONFORMANT);
            assertThat(without.stdout()).contains("UnrecognizedClient");
        } finally {
            restore("aws.sharedCredentialsFile", before);
            restore("aws.configFile", beforeConfig);
        }
    }

    @Test
    void keysInTheEnvironmentSignTheRequests() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.daxkit.conformance.cli.ConformanceMain", "--endpoint-url", signed.endpoint().toString(),
                "--checks", "fault.cluster-not-found", "--tries", "3", "--report-dir", dir.toString()))
                .redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        pb.environment().put("AWS_SECRET_ACCESS_KEY", SECRET);
        pb.environment().put("AWS_REGION", "us-east-1");
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        Process p = pb.start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }

        assertThat(done).as("the run ended").isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(ExitCodes.CONFORMANT);
    }

    static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
