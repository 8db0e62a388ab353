package org.daxkit.reference.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The SigV4 canonical request: method, canonical URI, canonical query string, canonical headers,
 * signed headers and payload hash, one per line.
 */
public final class CanonicalRequest {
    private CanonicalRequest() {
    }

    public static String of(SignedRequest request, List<String> signedHeaders, String payloadHash) {
        List<String> names = List.copyOf(new TreeSet<>(signedHeaders));
        StringBuilder text = new StringBuilder()
                .append(request.method()).append('\n')
                .append(canonicalUri(request.rawPath())).append('\n')
                .append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : names) {
            text.append(name).append(':').append(canonicalHeaderValue(request.values(name))).append('\n');
        }
        return text.append('\n').append(String.join(";", names)).append('\n').append(payloadHash).toString();
    }

    /**
     * Services other than S3 encode the path twice: the path as sent (already encoded once) is
     * encoded again, slashes kept. An empty path is "/".
     */
    static String canonicalUri(String rawPath) {
        return rawPath.isEmpty() ? "/" : encode(rawPath, true);
    }

    /** Decoded, re-encoded strictly, sorted by name then value; a name without '=' gets an empty value. */
    static String canonicalQuery(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        for (String piece : rawQuery.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int equals = piece.indexOf('=');
            String name = equals < 0 ? piece : piece.substring(0, equals);
            String value = equals < 0 ? "" : piece.substring(equals + 1);
            pairs.add(new String[] {encode(decode(name), false), encode(decode(value), false)});
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        List<String> joined = new ArrayList<>();
        pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
        return String.join("&", joined);
    }

    /** Values trimmed, inner runs of whitespace (tabs too, as the AWS SDKs do) made one space, joined by ','. */
    static String canonicalHeaderValue(List<String> values) {
        List<String> trimmed = new ArrayList<>();
        for (String value : values) {
            trimmed.add(value.strip().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " "));
        }
        return String.join(",", trimmed);
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters (and '/' when asked). */
    static String encode(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Percent-decoding that keeps a malformed escape as literal text ('+' stays '+'). */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length()
                    && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** ASCII hex digits only (Character.digit would also take other scripts' digits). */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
