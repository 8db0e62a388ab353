package org.daxkit.reference.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Lets the request deadline see the exchange and know when the worker waits for body bytes. */
public final class DeadlineFilter extends Filter {
    private final String errorContentType;

    public DeadlineFilter(String errorContentType) {
        this.errorContentType = errorContentType;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        DeadlineExecutor.current().ifPresent(deadline -> {
            deadline.attach(exchange, errorContentType);
            exchange.setStreams(new DeadlineInputStream(exchange.getRequestBody(), deadline), null);
        });
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "request deadline";
    }
}
