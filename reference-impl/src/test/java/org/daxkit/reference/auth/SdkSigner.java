package org.daxkit.reference.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The AWS SDK's own SigV4 signer, as an oracle independent of the code under test. */
final class SdkSigner {
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private SdkSigner() {
    }

    /** Signs the request as the SDK would, and returns it as the server would see it. */
    static SignedRequest sign(String method, URI uri, Map<String, List<String>> headers, byte[] body,
                              String accessKey, String secretKey, String region, String service, Instant at) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(unsigned::putHeader);
        SdkHttpRequest signed = SIGNER.sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secretKey))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
        URI sent = signed.getUri();
        return new SignedRequest(method, sent.getRawPath(), sent.getRawQuery(), signed.headers(), body);
    }
}
