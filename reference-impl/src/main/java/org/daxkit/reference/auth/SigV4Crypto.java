package org.daxkit.reference.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The SigV4 primitives on JDK crypto: SHA-256, HMAC-SHA256, the derived signing key. */
public final class SigV4Crypto {
    private static final HexFormat HEX = HexFormat.of();

    private SigV4Crypto() {
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
    public static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] key = hmacSha256(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmacSha256(key, region);
        key = hmacSha256(key, service);
        return hmacSha256(key, "aws4_request");
    }

    /** The hex signature of a string to sign. */
    public static String signature(byte[] signingKey, String stringToSign) {
        return HEX.formatHex(hmacSha256(signingKey, stringToSign));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
