package org.daxkit.stubs.record;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records what the SDK sent and received, at the SDK side of the wire: signing and the Host header are
 * untouched (no proxy in between). The response body is read once and handed back to the SDK unchanged.
 */
final class WireCapture implements ExecutionInterceptor {
    private final List<Exchange> exchanges = new ArrayList<>();

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes executionAttributes) {
        byte[] responseBody = context.responseBody().map(WireCapture::readAll).orElse(new byte[0]);
        String requestBody = context.requestBody()
                .map(RequestBody::contentStreamProvider)
                .map(provider -> utf8(readAll(provider.newStream())))
                .orElse("");
        String target = context.httpRequest().firstMatchingHeader("X-Amz-Target")
                .orElseThrow(() -> new IllegalStateException("the SDK sent no X-Amz-Target header"));
        synchronized (exchanges) {
            exchanges.add(new Exchange(target, requestBody, context.httpResponse().statusCode(),
                    context.httpResponse().headers(), utf8(responseBody)));
        }
        return Optional.of(new ByteArrayInputStream(responseBody));
    }

    /** The exchange of the most recent call. */
    Exchange last() {
        synchronized (exchanges) {
            if (exchanges.isEmpty()) {
                throw new IllegalStateException("no call has been captured yet");
            }
            return exchanges.get(exchanges.size() - 1);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
