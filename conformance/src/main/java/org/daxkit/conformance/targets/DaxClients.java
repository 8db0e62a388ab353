package org.daxkit.conformance.targets;

import java.time.Duration;
import org.daxkit.conformance.wire.WireRecorder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dax.DaxClient;
import software.amazon.awssdk.services.dax.DaxClientBuilder;

/** The one way the suite builds a DaxClient for a target: explicit client, endpoint, region, keys, recorder. */
public final class DaxClients {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private DaxClients() {
    }

    public static DaxClient create(Target target, RetryStrategy retries, WireRecorder recorder) {
        DaxClientBuilder b = DaxClient.builder();
        if (!target.sdkDefaultEndpoint()) {
            b.endpointOverride(target.endpoint());
        }
        return b.region(target.region())
                .credentialsProvider(target.credentials())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(CALL_TIMEOUT)
                        .build())
                .overrideConfiguration(c -> c.retryStrategy(retries)
                        .addExecutionInterceptor(recorder)
                        .apiCallTimeout(CALL_TIMEOUT.multipliedBy(4)))
                .build();
    }
}
