package org.daxkit.reference.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.daxkit.reference.api.DaxFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing the Authorization header; anything malformed is a 400 IncompleteSignatureException naming the problem. */
class AuthorizationHeaderTest {

    @Test
    void parsesTheThreeParametersWhateverTheSpacing() {
        AuthorizationHeader header = AuthorizationHeader.parse("AWS4-HMAC-SHA256   Credential=AKID/20250304/us-east-1/"
                + "dax/aws4_request,SignedHeaders=Host;X-Amz-Date ,  Signature=abc123");

        assertThat(header.credential()).isEqualTo(new AuthorizationHeader.CredentialScope("AKID", "20250304", "us-east-1",
                "dax", "aws4_request"));
        assertThat(header.credential().scope()).isEqualTo("20250304/us-east-1/dax/aws4_request");
        assertThat(header.signedHeaders()).isEqualTo(List.of("host", "x-amz-date"));
        assertThat(header.signature()).isEqualTo("abc123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AWS AKID:c2lnbmF0dXJl|Unsupported Authorization algorithm 'AWS'",
            "Bearer token|Unsupported Authorization algorithm 'Bearer'",
            "AWS4-HMAC-SHA256|'' not a valid key=value pair (missing equal-sign)",
            "AWS4-HMAC-SHA256 Credential AKID/20250304/us-east-1/dax/aws4_request|'Credential AKID/20250304/us-east-1/dax/aws4_request' not a valid key=value pair (missing equal-sign)",
            "AWS4-HMAC-SHA256 Credential=AKID/20250304/us-east-1/dax/aws4_request|Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter.",
            "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=ab|Authorization header requires 'Credential' parameter.",
            "AWS4-HMAC-SHA256 Credential=AKID/20250304/us-east-1/dax, SignedHeaders=host, Signature=ab|Credential must have exactly 5 slash-delimited elements",
            "AWS4-HMAC-SHA256 Credential=AKID//us-east-1/dax/aws4_request, SignedHeaders=host, Signature=ab|Credential must have exactly 5 slash-delimited elements",
            "AWS4-HMAC-SHA256 Credential=A/20250304/us-east-1/dax/aws4_request, SignedHeaders=host;;x-amz-date, Signature=ab|SignedHeaders has an empty header name",
            "AWS4-HMAC-SHA256 Credential=A/20250304/us-east-1/dax/aws4_request, SignedHeaders=host, Signature=|Authorization header has an empty 'Signature' parameter",
            "AWS4-HMAC-SHA256 Credential=A/20250304/us-east-1/dax/aws4_request, Credential=B/20250304/us-east-1/dax/aws4_request, SignedHeaders=host, Signature=ab|Authorization header has the parameter 'Credential' more than once"})
    void malformedHeadersAreIncompleteSignature(String value, String messageStart) {
        DaxFault fault = catchThrowableOfType(DaxFault.class, () -> AuthorizationHeader.parse(value));

        assertThat(fault).as(value).isNotNull();
        assertThat(fault.code().wireName()).isEqualTo("IncompleteSignatureException");
        assertThat(fault.httpStatus()).isEqualTo(400);
        assertThat(fault.getMessage()).startsWith(messageStart);
    }
}
