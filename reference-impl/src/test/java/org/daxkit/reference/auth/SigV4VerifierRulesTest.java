package org.daxkit.reference.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.config.AccessKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every check of the verifier besides the signature arithmetic, each with the AWS error it answers. */
class SigV4VerifierRulesTest {
    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String KEY = "AKIDRULES";
    private static final String SECRET = "rules-secret";
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private final SigV4Verifier verifier = new SigV4Verifier(new AccessKeyPair(KEY, SECRET), "us-east-1", "dax",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRequestSignedForThisServerVerifies() {
        assertThatCode(() -> verifier.verify(signed(KEY, SECRET, "us-east-1", "dax", NOW))).doesNotThrowAnyException();
    }

    @Test
    void noAuthorizationHeaderIsMissingAuthenticationToken() {
        SignedRequest request = without(signed(KEY, SECRET, "us-east-1", "dax", NOW), "Authorization");
        assertFault(request, "MissingAuthenticationTokenException", 403, "Request is missing Authentication Token");
    }

    @Test
    void anUnknownAccessKeyIsUnrecognizedClient() {
        assertFault(signed("AKIDSTRANGER", SECRET, "us-east-1", "dax", NOW), "UnrecognizedClientException", 403,
                "The security token included in the request is invalid.");
    }

    @Test
    void theWrongSecretIsInvalidSignature() {
        assertFault(signed(KEY, "not-the-secret", "us-east-1", "dax", NOW), "InvalidSignatureException", 403,
                AuthFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void anotherRegionIsInvalidSignatureNamingIt() {
        assertFault(signed(KEY, SECRET, "eu-west-1", "dax", NOW), "InvalidSignatureException", 403,
                "Credential should be scoped to a valid region, not 'eu-west-1'.");
    }

    @Test
    void anotherServiceIsInvalidSignatureNamingDax() {
        assertFault(signed(KEY, SECRET, "us-east-1", "dynamodb", NOW), "InvalidSignatureException", 403,
                "Credential should be scoped to correct service: 'dax'.");
    }

    @Test
    void aSignatureOlderThan15MinutesHasExpired() {
        assertFault(signed(KEY, SECRET, "us-east-1", "dax", NOW.minus(Duration.ofMinutes(15).plusSeconds(1))),
                "InvalidSignatureException", 403,
                "Signature expired: 20250304T045106Z is now earlier than 20250304T045107Z (20250304T050607Z - 15 min.)");
        assertThatCode(() -> verifier.verify(signed(KEY, SECRET, "us-east-1", "dax", NOW.minus(Duration.ofMinutes(15)))))
                .as("exactly 15 minutes old is still fine").doesNotThrowAnyException();
    }

    @Test
    void aSignatureFromMoreThan15MinutesAheadIsNotYetCurrent() {
        assertFault(signed(KEY, SECRET, "us-east-1", "dax", NOW.plus(Duration.ofMinutes(16))),
                "InvalidSignatureException", 403, "Signature not yet current: 20250304T052207Z is still later than");
    }

    @Test
    void aCredentialDateOtherThanTheRequestDateIsInvalidSignature() {
        SignedRequest signed = signed(KEY, SECRET, "us-east-1", "dax", NOW);
        SignedRequest otherDay = with(signed, "Authorization",
                signed.first("Authorization").replace("/20250304/", "/20250303/"));
        assertFault(otherDay, "InvalidSignatureException", 403,
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                        + "'20250303' != '20250304', from '20250304T050607Z'.");
    }

    @Test
    void aTerminatorOtherThanAws4RequestIsInvalidSignature() {
        SignedRequest signed = signed(KEY, SECRET, "us-east-1", "dax", NOW);
        SignedRequest request = with(signed, "Authorization",
                signed.first("Authorization").replace("/aws4_request", "/aws5_request"));
        assertFault(request, "InvalidSignatureException", 403, "Credential should be scoped with a valid terminator");
    }

    @Test
    void hostMustBeSigned() {
        String amzDate = "20250304T050607Z";
        String canonical = CanonicalRequest.of(request(Map.of("X-Amz-Date", amzDate)), List.of("x-amz-date"),
                SigV4Crypto.sha256Hex(BODY));
        String signature = SigV4Crypto.signature(SigV4Crypto.signingKey(SECRET, "20250304", "us-east-1", "dax"),
                SigV4Verifier.stringToSign(amzDate, "20250304/us-east-1/dax/aws4_request", canonical));
        SignedRequest request = request(Map.of("X-Amz-Date", amzDate, "Authorization", "AWS4-HMAC-SHA256 Credential="
                + KEY + "/20250304/us-east-1/dax/aws4_request, SignedHeaders=x-amz-date, Signature=" + signature));

        assertFault(request, "InvalidSignatureException", 403, "'Host' or ':authority' must be a 'SignedHeader'");
    }

    @Test
    void theHttpDateHeaderCanStandInForXAmzDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW, ZoneOffset.UTC));
        Map<String, String> headers = Map.of("Host", "127.0.0.1:8700", "Date", date);
        String canonical = CanonicalRequest.of(request(headers), List.of("date", "host"), SigV4Crypto.sha256Hex(BODY));
        String signature = SigV4Crypto.signature(SigV4Crypto.signingKey(SECRET, "20250304", "us-east-1", "dax"),
                SigV4Verifier.stringToSign("20250304T050607Z", "20250304/us-east-1/dax/aws4_request", canonical));
        Map<String, String> withAuthorization = new LinkedHashMap<>(headers);
        withAuthorization.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + KEY
                + "/20250304/us-east-1/dax/aws4_request, SignedHeaders=date;host, Signature=" + signature);

        assertThatCode(() -> verifier.verify(request(withAuthorization))).doesNotThrowAnyException();
    }

    @Test
    void noDateAtAllIsIncompleteSignature() {
        SignedRequest request = without(signed(KEY, SECRET, "us-east-1", "dax", NOW), "X-Amz-Date");
        assertFault(request, "IncompleteSignatureException", 400,
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20250304 050607Z|X-Amz-Date must be in the form",
            "20250231T050607Z|X-Amz-Date must be in the form"})
    void aMalformedXAmzDateIsIncompleteSignature(String amzDate, String message) {
        SignedRequest request = with(signed(KEY, SECRET, "us-east-1", "dax", NOW), "X-Amz-Date", amzDate);
        assertFault(request, "IncompleteSignatureException", 400, message);
    }

    @Test
    void aPayloadHashHeaderMustBeTheHashOfTheBody() {
        String amzDate = "20250304T050607Z";
        String otherHash = SigV4Crypto.sha256Hex("{\"other\":1}");
        Map<String, String> headers = Map.of("X-Amz-Date", amzDate, "x-amz-content-sha256", otherHash);
        List<String> signedHeaders = List.of("host", "x-amz-content-sha256", "x-amz-date");
        // Correctly signed over the claimed hash; only the body does not match it.
        String canonical = CanonicalRequest.of(request(headers), signedHeaders, otherHash);
        String signature = SigV4Crypto.signature(SigV4Crypto.signingKey(SECRET, "20250304", "us-east-1", "dax"),
                SigV4Verifier.stringToSign(amzDate, "20250304/us-east-1/dax/aws4_request", canonical));
        Map<String, String> withAuthorization = new LinkedHashMap<>(headers);
        withAuthorization.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + KEY + "/20250304/us-east-1/dax/"
                + "aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + signature);

        assertFault(request(withAuthorization), "InvalidSignatureException", 403,
                "The x-amz-content-sha256 header does not match the SHA-256 of the request body.");
    }

    @Test
    void twoAuthorizationHeadersAreIncompleteSignature() {
        SignedRequest signed = signed(KEY, SECRET, "us-east-1", "dax", NOW);
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
        headers.put("authorization", List.of(signed.first("Authorization"), signed.first("Authorization")));
        assertFault(new SignedRequest("POST", "/", "", headers, BODY), "IncompleteSignatureException", 400,
                "The request has 2 Authorization headers");
    }

    private void assertFault(SignedRequest request, String type, int status, String messageStart) {
        DaxFault fault = catchThrowableOfType(DaxFault.class, () -> verifier.verify(request));
        assertThat(fault).as("expected %s for %s", type, request.headers()).isNotNull();
        assertThat(fault.code().wireName()).as(fault.getMessage()).isEqualTo(type);
        assertThat(fault.httpStatus()).isEqualTo(status);
        assertThat(fault.getMessage()).startsWith(messageStart);
    }

    private static SignedRequest signed(String key, String secret, String region, String service, Instant at) {
        return SdkSigner.sign("POST", URI.create("http://127.0.0.1:8700/"),
                Map.of("X-Amz-Target", List.of("AmazonDAXV3.DescribeClusters")), BODY, key, secret, region, service, at);
    }

    private static SignedRequest request(Map<String, String> headers) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("Host", List.of("127.0.0.1:8700"));
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return new SignedRequest("POST", "/", "", lists, BODY);
    }

    private static SignedRequest with(SignedRequest request, String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.put(name.toLowerCase(java.util.Locale.ROOT), List.of(value));
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }

    private static SignedRequest without(SignedRequest request, String name) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.remove(name.toLowerCase(java.util.Locale.ROOT));
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }
}
