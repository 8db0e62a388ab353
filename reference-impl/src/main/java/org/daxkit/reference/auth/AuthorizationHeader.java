package org.daxkit.reference.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}.
 * Anything that is not such a header is an IncompleteSignatureException naming what is wrong.
 */
public record AuthorizationHeader(CredentialScope credential, List<String> signedHeaders, String signature) {
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";

    public AuthorizationHeader {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** {@code <access key>/<yyyyMMdd>/<region>/<service>/aws4_request}, unchecked beyond its shape. */
    public record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {
        public String scope() {
            return date + "/" + region + "/" + service + "/" + terminator;
        }
    }

    public static AuthorizationHeader parse(String value) {
        String header = value.strip();
        int space = indexOfWhitespace(header);
        String algorithm = space < 0 ? header : header.substring(0, space);
        if (!ALGORITHM.equals(algorithm)) {
            throw AuthFailure.incomplete("Unsupported Authorization algorithm '" + algorithm + "'; this server accepts "
                    + ALGORITHM + " (Signature Version 4) only. Authorization=" + header);
        }
        Map<String, String> parameters = parameters(space < 0 ? "" : header.substring(space + 1), header);
        List<String> missing = new ArrayList<>();
        for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!parameters.containsKey(required)) {
                missing.add("Authorization header requires '" + required + "' parameter.");
            }
        }
        if (!missing.isEmpty()) {
            throw AuthFailure.incomplete(String.join(" ", missing) + " Authorization=" + header);
        }
        return new AuthorizationHeader(credential(parameters.get("Credential")),
                signedHeaders(parameters.get("SignedHeaders"), header), signature(parameters.get("Signature"), header));
    }

    /** The signed header names as the client listed them, lowercased, joined with ';'. */
    public String signedHeaderList() {
        return String.join(";", signedHeaders);
    }

    private static Map<String, String> parameters(String text, String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String pair = part.strip();
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw AuthFailure.incomplete("'" + pair + "' not a valid key=value pair (missing equal-sign) in "
                        + "Authorization header: '" + header + "'.");
            }
            String name = pair.substring(0, equals).strip();
            if (parameters.put(name, pair.substring(equals + 1).strip()) != null) {
                throw AuthFailure.incomplete("Authorization header has the parameter '" + name + "' more than once: '"
                        + header + "'.");
            }
        }
        return parameters;
    }

    private static CredentialScope credential(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length != 5 || List.of(parts).stream().anyMatch(String::isEmpty)) {
            throw AuthFailure.incomplete("Credential must have exactly 5 slash-delimited elements, e.g. "
                    + "keyid/date/region/service/term, got '" + value + "'");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    private static List<String> signedHeaders(String value, String header) {
        List<String> names = new ArrayList<>();
        for (String name : value.split(";", -1)) {
            if (name.isBlank()) {
                throw AuthFailure.incomplete("SignedHeaders has an empty header name: '" + value + "' in "
                        + "Authorization header: '" + header + "'.");
            }
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String signature(String value, String header) {
        if (value.isEmpty()) {
            throw AuthFailure.incomplete("Authorization header has an empty 'Signature' parameter: '" + header + "'.");
        }
        return value;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
