package org.daxkit.reference.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dax.DaxClient;

/**
 * The real AWS SDK client pointed at a reference server, so tests see the wire exactly as SDK users do: fixed
 * test credentials in us-east-1, the URL-connection HTTP client, and no retries, so that every call a test
 * makes reaches the server exactly once and request counts and injected faults stay exact.
 */
public final class Clients {
    private Clients() {
    }

    public static DaxClient dax(URI endpoint) {
        return DaxClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("akid", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
