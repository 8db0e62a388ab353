package org.daxkit.reference.config;

/** The one access key the server accepts when SigV4 is required. The secret never appears in toString. */
public record AccessKeyPair(String accessKeyId, String secretAccessKey) {

    public AccessKeyPair {
        if (accessKeyId == null || !accessKeyId.matches("[\\x21-\\x7E&&[^/:,=]]+")) {
            throw new IllegalArgumentException("the access key id must be printable ASCII without spaces, '/', ':', ',' "
                    + "or '=', got '" + accessKeyId + "'");
        }
        if (secretAccessKey == null || !secretAccessKey.matches("[\\x21-\\x7E]+")) {
            throw new IllegalArgumentException("the secret access key must be printable ASCII without spaces");
        }
    }

    @Override
    public String toString() {
        return "AccessKeyPair[accessKeyId=" + accessKeyId + ", secretAccessKey=<redacted>]";
    }
}
