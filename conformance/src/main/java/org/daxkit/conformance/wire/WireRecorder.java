package org.daxkit.conformance.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An SDK interceptor that keeps the raw wire of every call: the marshalled request (for reproducers)
 * and the response status, headers and body bytes (for wire checks the SDK's parsing would hide). Every
 * attempt of a retried call is kept for the audit; {@link #last()} is a call's last attempt. A listener
 * ({@link #onExchange}) sees each exchange as it is kept, so a record of the run can be written as it goes.
 */
public final class WireRecorder implements ExecutionInterceptor {
    private static final ExecutionAttribute<Pending> PENDING = new ExecutionAttribute<>("daxkit.conformance.wire");

    private final List<Exchange> all = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Exchange> lastOnThread = new ThreadLocal<>();
    private volatile Consumer<Exchange> listener = exchange -> { };

    /** Who is told of every exchange kept from now on, every attempt of a retried call included. */
    public void onExchange(Consumer<Exchange> listener) {
        this.listener = listener;
    }

    /** The exchange of the last call this thread finished. */
    public Exchange last() {
        return lastOnThread.get();
    }

    /** Forgets this thread's last exchange, so a call that never reaches the wire shows none. */
    public void forgetLast() {
        lastOnThread.remove();
    }

    /** Every exchange so far, oldest first. */
    public List<Exchange> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        lastOnThread.remove();
        attributes.putAttribute(PENDING, new Pending(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Pending p = attributes.getAttribute(PENDING);
        if (p.status != null) {
            // A retry: the audit judges every attempt, so an answer the SDK retried away is not hidden.
            keep(p.toExchange());
        }
        SdkHttpRequest request = context.httpRequest();
        p.attempts++;
        p.method = request.method().name();
        p.url = request.getUri().toString();
        p.requestHeaders = request.headers();
        p.requestBody = context.requestBody().map(WireRecorder::read).orElse("");
        p.sentAt = Instant.now();
        p.sentNanos = System.nanoTime();
        p.millis = null;
        p.status = null;
        p.responseHeaders = Map.of();
        p.responseBody = null;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        Pending p = attributes.getAttribute(PENDING);
        p.status = context.httpResponse().statusCode();
        p.responseHeaders = context.httpResponse().headers();
        Optional<InputStream> body = context.responseBody();
        if (body.isEmpty()) {
            p.responseBody = "";
            p.millis = (System.nanoTime() - p.sentNanos) / 1_000_000;
            return body;
        }
        try (InputStream in = body.get()) {
            byte[] bytes = in.readAllBytes();
            p.responseBody = new String(bytes, StandardCharsets.UTF_8);
            p.millis = (System.nanoTime() - p.sentNanos) / 1_000_000;
            return Optional.of(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        finish(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        finish(attributes);
    }

    private void finish(ExecutionAttributes attributes) {
        Pending p = attributes.getAttribute(PENDING);
        if (p == null) {
            return;
        }
        Exchange e = p.toExchange();
        keep(e);
        lastOnThread.set(e);
    }

    private void keep(Exchange e) {
        all.add(e);
        listener.accept(e);
    }

    private static String read(RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<unreadable: " + e + ">";
        }
    }

    private static final class Pending {
        final String operation;
        int attempts;
        String method;
        String url;
        Map<String, List<String>> requestHeaders = Map.of();
        String requestBody;
        Integer status;
        Map<String, List<String>> responseHeaders = Map.of();
        String responseBody;
        Instant sentAt;
        long sentNanos;
        Long millis;

        Pending(String operation) {
            this.operation = operation;
        }

        Exchange toExchange() {
            return new Exchange(operation, method, url, requestHeaders, requestBody, status, responseHeaders,
                    responseBody, attempts, sentAt, millis);
        }
    }
}
