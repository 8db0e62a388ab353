package org.daxkit.reference.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.config.AccessKeyPair;
import org.junit.jupiter.api.Test;

/**
 * Requests of many shapes signed by the AWS SDK's own signer verify; the same requests changed in
 * one signed detail do not. A fixed seed keeps every run the same.
 */
class SdkSignerOracleTest {
    private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");
    private static final SigV4Verifier VERIFIER = new SigV4Verifier(new AccessKeyPair("AKIDORACLE", "oracle/secret+key"),
            "eu-west-1", "dax", Clock.fixed(AT, ZoneOffset.UTC));
    private static final String QUERY_CHARACTERS = "aZ09-_.~ !*'()%+&=/:äé€😀";
    private static final String VALUE_CHARACTERS = "aZ09 -_.;,:=\"/()\t";
    private final Random random = new Random(20250304L);

    @Test
    void sdkSignedRequestsVerifyAndTheirMutationsDoNot() {
        for (int i = 0; i < 200; i++) {
            Map<String, List<String>> headers = randomHeaders();
            String query = randomQuery();
            byte[] body = randomText("{}[]\"abc 123 äß€😀", random.nextInt(300)).getBytes(StandardCharsets.UTF_8);
            SignedRequest signed = SdkSigner.sign("POST", URI.create("http://127.0.0.1:8700/" + query), headers, body,
                    "AKIDORACLE", "oracle/secret+key", "eu-west-1", "dax", AT);

            VERIFIER.verify(signed);
            assertMismatch("body changed", copy(signed, signed.headers(), append(body)));
            assertMismatch("query changed", new SignedRequest(signed.method(), signed.rawPath(),
                    signed.rawQuery().isEmpty() ? "x=1" : signed.rawQuery() + "&x=1", signed.headers(), body));
            assertMismatch("method changed", new SignedRequest("PUT", signed.rawPath(), signed.rawQuery(),
                    signed.headers(), body));
            assertMismatch("signed header changed", copy(signed, withHeader(signed.headers(), "x-amz-target",
                    "AmazonDAXV3.RebootNode"), body));
        }
    }

    @Test
    void theSecretMatters() {
        SignedRequest signed = SdkSigner.sign("POST", URI.create("http://127.0.0.1:8700/"),
                Map.of("X-Amz-Target", List.of("AmazonDAXV3.DescribeClusters")), "{}".getBytes(StandardCharsets.UTF_8),
                "AKIDORACLE", "another secret", "eu-west-1", "dax", AT);

        assertMismatch("signed with another secret", signed);
    }

    private Map<String, List<String>> randomHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Amz-Target", List.of("AmazonDAXV3.DescribeClusters"));
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            List<String> values = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int v = 0; v < count; v++) {
                // Leading, trailing and repeated spaces are what canonicalization must get right.
                values.add("  " + randomText(VALUE_CHARACTERS, 1 + random.nextInt(12)) + "  ");
            }
            headers.put("X-Test-" + (char) ('A' + random.nextInt(26)) + i, values);
        }
        return headers;
    }

    private String randomQuery() {
        if (random.nextInt(3) == 0) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        int pairs = 1 + random.nextInt(4);
        for (int i = 0; i < pairs; i++) {
            if (i > 0) {
                query.append('&');
            }
            query.append(encodeForUri(randomText(QUERY_CHARACTERS, 1 + random.nextInt(6)))).append('=')
                    .append(encodeForUri(randomText(QUERY_CHARACTERS, random.nextInt(6))));
        }
        return query.toString();
    }

    /** Percent-encodes for a valid URI, leaving a few sub-delimiters raw as browsers do. */
    private static String encodeForUri(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "-_.~!*'()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private String randomText(String alphabet, int length) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    private static void assertMismatch(String what, SignedRequest request) {
        DaxFault fault = catchThrowableOfType(DaxFault.class, () -> VERIFIER.verify(request));
        assertThat(fault).as("%s must not verify: %s", what, request).isNotNull();
        assertThat(fault.code().wireName()).as(what).isEqualTo("InvalidSignatureException");
    }

    private static SignedRequest copy(SignedRequest request, Map<String, List<String>> headers, byte[] body) {
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers, body);
    }

    private static Map<String, List<String>> withHeader(Map<String, List<String>> headers, String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        changed.put(name, List.of(value));
        return changed;
    }

    private static byte[] append(byte[] body) {
        byte[] longer = java.util.Arrays.copyOf(body, body.length + 1);
        longer[body.length] = ' ';
        return longer;
    }
}
