package org.daxkit.reference.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.config.AccessKeyPair;

/**
 * Checks an AWS Signature Version 4 Authorization header against one access key pair, for one
 * region and service. Throws the AWS-shaped {@link DaxFault} of the first check that fails:
 * header present, header complete, date present, access key known, credential scope
 * (terminator, service, region, date), request time within 15 minutes, host signed, signature,
 * and finally that a sent x-amz-content-sha256 is the hash of the body.
 */
public final class SigV4Verifier {
    /** How far the request time may be from the server's clock, either way, as the SigV4 docs allow. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(15);
    static final String TERMINATOR = "aws4_request";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

    private final AccessKeyPair keys;
    private final String region;
    private final String service;
    private final Clock clock;

    public SigV4Verifier(AccessKeyPair keys, String region, String service, Clock clock) {
        this.keys = keys;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    public void verify(SignedRequest request) {
        SignedHeaders signed = verifyHeaders(request);
        AuthorizationHeader.CredentialScope credential = signed.authorization().credential();
        String claimedPayloadHash = request.first("x-amz-content-sha256");
        String bodyHash = SigV4Crypto.sha256Hex(request.body());
        String payloadHash = claimedPayloadHash != null ? claimedPayloadHash.strip() : bodyHash;
        String canonicalRequest = CanonicalRequest.of(request, signed.authorization().signedHeaders(), payloadHash);
        String stringToSign = stringToSign(signed.amzDate(), credential.scope(), canonicalRequest);
        String expected = SigV4Crypto.signature(
                SigV4Crypto.signingKey(keys.secretAccessKey(), credential.date(), credential.region(), credential.service()),
                stringToSign);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signed.authorization().signature().getBytes(StandardCharsets.UTF_8))) {
            throw AuthFailure.signatureMismatch(canonicalRequest, stringToSign);
        }
        if (!payloadHash.equals(bodyHash)) {
            throw AuthFailure.invalid("The x-amz-content-sha256 header does not match the SHA-256 of the request body.");
        }
    }

    /** The header and its time, checked up to (not including) the signature itself. */
    record SignedHeaders(AuthorizationHeader authorization, String amzDate) {
    }

    /** Every check that needs no body: all but the signature and the payload hash. */
    SignedHeaders verifyHeaders(SignedRequest request) {
        AuthorizationHeader authorization = authorization(request);
        String amzDate = requestTime(request);
        AuthorizationHeader.CredentialScope credential = authorization.credential();
        if (!credential.accessKeyId().equals(keys.accessKeyId())) {
            throw AuthFailure.unrecognizedClient();
        }
        checkScope(credential, amzDate);
        checkSkew(amzDate);
        if (!authorization.signedHeaders().contains("host")) {
            throw AuthFailure.invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        return new SignedHeaders(authorization, amzDate);
    }

    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return AuthorizationHeader.ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + SigV4Crypto.sha256Hex(canonicalRequest);
    }

    private static AuthorizationHeader authorization(SignedRequest request) {
        List<String> values = request.values("Authorization");
        if (values.isEmpty() || values.stream().allMatch(String::isBlank)) {
            throw AuthFailure.missingToken();
        }
        if (values.size() > 1) {
            throw AuthFailure.incomplete("The request has " + values.size() + " Authorization headers; send one.");
        }
        return AuthorizationHeader.parse(values.get(0));
    }

    /** X-Amz-Date as sent, or the HTTP Date header in the same basic ISO 8601 form. */
    private static String requestTime(SignedRequest request) {
        String amzDate = request.first("X-Amz-Date");
        if (amzDate != null) {
            String value = amzDate.strip();
            try {
                AMZ_DATE.parse(value);
            } catch (DateTimeParseException e) {
                throw AuthFailure.incomplete("X-Amz-Date must be in the form yyyyMMdd'T'HHmmss'Z' (UTC), got '"
                        + value + "'.");
            }
            return value;
        }
        String date = request.first("Date");
        if (date == null) {
            throw AuthFailure.incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a "
                    + "'Date' header.");
        }
        try {
            return AMZ_DATE.format(ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            throw AuthFailure.incomplete("The Date header must be an RFC 1123 date, got '" + date.strip() + "'.");
        }
    }

    private void checkScope(AuthorizationHeader.CredentialScope credential, String amzDate) {
        if (!TERMINATOR.equals(credential.terminator())) {
            throw AuthFailure.invalid("Credential should be scoped with a valid terminator: '" + TERMINATOR + "', not '"
                    + credential.terminator() + "'.");
        }
        if (!service.equals(credential.service())) {
            throw AuthFailure.invalid("Credential should be scoped to correct service: '" + service + "'. ");
        }
        if (!region.equals(credential.region())) {
            throw AuthFailure.invalid("Credential should be scoped to a valid region, not '" + credential.region()
                    + "'. This server's region is '" + region + "'.");
        }
        String day = amzDate.substring(0, 8);
        if (!day.equals(credential.date())) {
            throw AuthFailure.invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                    + "from HTTP: '" + credential.date() + "' != '" + day + "', from '" + amzDate + "'.");
        }
    }

    private void checkSkew(String amzDate) {
        Instant signed = Instant.from(AMZ_DATE.parse(amzDate));
        Instant now = clock.instant();
        String nowText = AMZ_DATE.format(now);
        if (signed.isBefore(now.minus(MAX_SKEW))) {
            throw AuthFailure.invalid("Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + nowText + " - 15 min.)");
        }
        if (signed.isAfter(now.plus(MAX_SKEW))) {
            throw AuthFailure.invalid("Signature not yet current: " + amzDate + " is still later than "
                    + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + nowText + " + 15 min.)");
        }
    }
}
