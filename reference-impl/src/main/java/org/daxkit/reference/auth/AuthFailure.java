package org.daxkit.reference.auth;

import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;

/** The authentication errors, worded as AWS JSON services word them. */
public final class AuthFailure {
    static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for "
            + "details.";

    private AuthFailure() {
    }

    static DaxFault missingToken() {
        return new DaxFault(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
    }

    static DaxFault unrecognizedClient() {
        return new DaxFault(ErrorCode.UNRECOGNIZED_CLIENT, "The security token included in the request is invalid.");
    }

    /** The header is there but is not a complete SigV4 Authorization (HTTP 400, as AWS answers). */
    static DaxFault incomplete(String message) {
        return new DaxFault(ErrorCode.INCOMPLETE_SIGNATURE, message);
    }

    /** A well-formed signature that does not hold: wrong scope, stale date, or the wrong secret. */
    static DaxFault invalid(String message) {
        return new DaxFault(ErrorCode.INVALID_SIGNATURE, message);
    }

    /** Like AWS, tell the caller what we signed, so a home-made signer can be debugged. */
    static DaxFault signatureMismatch(String canonicalRequest, String stringToSign) {
        return invalid(SIGNATURE_MISMATCH + "\n\nThe Canonical String for this request should have been\n'"
                + canonicalRequest + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
    }
}
