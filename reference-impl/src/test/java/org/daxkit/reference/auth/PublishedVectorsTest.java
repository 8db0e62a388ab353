package org.daxkit.reference.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.config.AccessKeyPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The example values AWS publishes for Signature Version 4: the signing-key derivation example,
 * the IAM ListUsers example of the signing guide, and requests of the SigV4 test suite
 * (AKIDEXAMPLE, 2015-08-30T12:36:00Z, us-east-1, service "service").
 */
class PublishedVectorsTest {
    static final String KEY_ID = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String AMZ_DATE = "20150830T123600Z";
    static final Clock AT_SIGNING = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);

    @Test
    void derivesTheDocumentedSigningKey() {
        assertThat(SigV4Crypto.hex(SigV4Crypto.signingKey(SECRET, "20120215", "us-east-1", "iam")))
                .isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    }

    @Test
    void iamListUsersExampleHasTheDocumentedCanonicalRequestAndSignature() {
        SignedRequest request = request("GET", "Action=ListUsers&Version=2010-05-08", "iam.amazonaws.com",
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                "Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date, "
                        + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", "");

        String canonical = CanonicalRequest.of(request, List.of("content-type", "host", "x-amz-date"),
                SigV4Crypto.sha256Hex(new byte[0]));
        assertThat(canonical).isEqualTo(String.join("\n", "GET", "/", "Action=ListUsers&Version=2010-05-08",
                "content-type:application/x-www-form-urlencoded; charset=utf-8", "host:iam.amazonaws.com",
                "x-amz-date:20150830T123600Z", "", "content-type;host;x-amz-date",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(SigV4Crypto.sha256Hex(canonical))
                .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
        assertThatCode(() -> verifier("iam").verify(request)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "get-vanilla, GET, '', 5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            "get-vanilla-query-order-key-case, GET, Param2=value2&Param1=value1, "
                    + "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
            "post-vanilla, POST, '', 5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"})
    void testSuiteRequestsVerify(String name, String method, String query, String signature) {
        SignedRequest request = request(method, query, "example.amazonaws.com", Map.of(),
                "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                        + "Signature=" + signature, "");

        assertThatCode(() -> verifier("service").verify(request)).as(name).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "one hex digit changed, GET, '', 5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf32",
            "get-vanilla's signature on a POST, POST, '', 5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            "a query that was not signed, GET, Param1=value2, 5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"})
    void anythingElseIsInvalidSignature(String name, String method, String query, String signature) {
        SignedRequest request = request(method, query, "example.amazonaws.com", Map.of(),
                "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                        + "Signature=" + signature, "");

        DaxFault fault = catchThrowableOfType(DaxFault.class, () -> verifier("service").verify(request));
        assertThat(fault).as(name).isNotNull();
        assertThat(fault.code().wireName()).isEqualTo("InvalidSignatureException");
        assertThat(fault.httpStatus()).isEqualTo(403);
        assertThat(fault.getMessage()).startsWith(AuthFailure.SIGNATURE_MISMATCH)
                .contains("The Canonical String for this request should have been\n'" + method + "\n/\n");
    }

    private static SigV4Verifier verifier(String service) {
        return new SigV4Verifier(new AccessKeyPair(KEY_ID, SECRET), "us-east-1", service, AT_SIGNING);
    }

    static SignedRequest request(String method, String query, String host, Map<String, String> extraHeaders,
                                 String authorization, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        extraHeaders.forEach((name, value) -> headers.put(name, List.of(value)));
        headers.put("Host", List.of(host));
        headers.put("X-Amz-Date", List.of(AMZ_DATE));
        headers.put("Authorization", List.of("AWS4-HMAC-SHA256 " + authorization));
        return new SignedRequest(method, "/", query, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
