package org.daxkit.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.daxkit.reports.Samples;
import org.daxkit.reports.model.Reproducer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CurlCommandTest {

    @Test
    void unsignedRequestBecomesThePlainCommand() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Target", "AmazonDAXV3.RebootNode");
        headers.put("Content-Type", "application/x-amz-json-1.1");
        Reproducer r = new Reproducer("POST", "http://127.0.0.1:8700/", headers, "{\"ClusterName\":\"c\"}", 7L);

        assertThat(CurlCommand.of(r)).isEqualTo("curl -sS -X POST http://127.0.0.1:8700/"
                + " -H 'X-Amz-Target: AmazonDAXV3.RebootNode' -H 'Content-Type: application/x-amz-json-1.1'"
                + " --data '{\"ClusterName\":\"c\"}'");
    }

    @Test
    void signedRequestIsReSignedByCurlAndTheStaleSignatureIsNotPrinted() {
        String cmd = CurlCommand.of(Samples.reproducer("AmazonDAXV3.RebootNode", "{}"));

        assertThat(cmd).contains(" --aws-sigv4 aws:amz:us-east-1:dax --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\"")
                .doesNotContain(Samples.SECRET_SIGNATURE)
                .doesNotContain("Authorization")
                .doesNotContain("Host:")
                .doesNotContain("X-Amz-Date");
    }

    @Test
    void noBodyMeansNoData() {
        Reproducer r = new Reproducer("GET", "http://127.0.0.1:1/_control/info", Map.of(), null, null);

        assertThat(CurlCommand.of(r)).isEqualTo("curl -sS -X GET http://127.0.0.1:1/_control/info");
    }

    @Test
    void onlyWordsOfSafeCharactersStayBare() {
        assertThat(CurlCommand.quote("http://h:1/a_b-c.d?")).isEqualTo("'http://h:1/a_b-c.d?'");
        assertThat(CurlCommand.quote("http://h:1/a?x=1&y=2")).isEqualTo("'http://h:1/a?x=1&y=2'");
        assertThat(CurlCommand.quote("~root")).isEqualTo("'~root'");
        assertThat(CurlCommand.quote("")).isEqualTo("''");
        assertThat(CurlCommand.quote("POST")).isEqualTo("POST");
    }

    /** The real test of quoting: a POSIX shell must hand printf exactly the original text. */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "http://h:1/a,b@c%20+d=e", "a*b?[c]{d,e}", "", "o'brien", "''", "$HOME `id` $(id) \\ \" !", "two\nlines", "\uD83D\uDE80 ü"})
    void quotedTextSurvivesAPosixShellUnchanged(String text) throws Exception {
        assertThat(throughShell("printf '%s' " + CurlCommand.quote(text))).isEqualTo(text);
    }

    private static String throughShell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("exit code of sh -c %s (output %s)", command, out).isZero();
        return out;
    }
}
