package org.daxkit.stubs;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dax.DaxClient;

import java.net.URI;

/** The one way tests and the recorder build a DaxClient: explicit region, credentials, HTTP client, endpoint. */
public final class DaxClients {
    private DaxClients() {
    }

    /** A client for {@code endpoint}, without retries so every call is exactly one request. */
    public static DaxClient forEndpoint(URI endpoint, ExecutionInterceptor... interceptors) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry());
        for (ExecutionInterceptor interceptor : interceptors) {
            override.addExecutionInterceptor(interceptor);
        }
        return DaxClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDSTUBSEXAMPLE", "stubs-secret-key")))
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .overrideConfiguration(override.build())
                .build();
    }
}
