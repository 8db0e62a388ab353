package org.daxkit.reference.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;

/**
 * The deadline of one worker task: reading the request line and headers, the body, handling and
 * answering. The JDK server reads from blocking channels with no timeout, so a client that stops
 * sending would hold its worker forever; when the deadline passes, the worker is interrupted, which
 * closes its channel and ends any blocked read or write. If the worker was waiting for the request
 * body, the client first gets an AWS-shaped 408.
 */
final class RequestDeadline {
    private final Thread worker;
    private final Duration timeout;
    private HttpExchange exchange;
    private String errorContentType;
    private boolean readingBody;
    private boolean expired;
    private boolean finished;

    RequestDeadline(Thread worker, Duration timeout) {
        this.worker = worker;
        this.timeout = timeout;
    }

    /** The request line and headers are in; from now on a stalled body can be answered. */
    synchronized void attach(HttpExchange exchange, String errorContentType) {
        this.exchange = exchange;
        this.errorContentType = errorContentType;
    }

    synchronized void beginBodyRead() throws RequestTimedOut {
        if (expired) {
            throw timedOut();
        }
        readingBody = true;
    }

    /** Waits while an expiry is answering; after one, whatever the read returned is void. */
    synchronized void endBodyRead() throws RequestTimedOut {
        readingBody = false;
        if (expired) {
            throw timedOut();
        }
    }

    /** Called on the deadline thread. Holding the lock keeps the worker from answering at the same time. */
    synchronized void expire() {
        if (finished) {
            return;
        }
        expired = true;
        if (readingBody && exchange != null) {
            answerTimeout();
        }
        worker.interrupt();
    }

    /** The task is over: no interrupt can come after this returns. */
    synchronized void finish() {
        finished = true;
    }

    private void answerTimeout() {
        try {
            FaultResponder.sendWhileBodyStalls(exchange, Responses.newRequestId(),
                    new DaxFault(ErrorCode.REQUEST_TIMEOUT, message()), errorContentType);
        } catch (IOException | RuntimeException clientGoneOrAnswered) {
            // Nothing more to say to this client; the interrupt closes the connection.
        }
    }

    private RequestTimedOut timedOut() {
        return new RequestTimedOut(message());
    }

    private String message() {
        return "The request was not received in full within " + timeout.toMillis() + " ms.";
    }
}
