package org.daxkit.conformance.faults;

import org.daxkit.conformance.outcome.CheckFailure;
import org.daxkit.conformance.wire.Answer;
import org.daxkit.conformance.wire.ErrorBody;
import org.daxkit.reports.model.FaultObservation;

/**
 * What every listed fault must look like, through the SDK and on the wire: the SDK's exception class and
 * error code, an HTTP 4xx answered on the first attempt (so not retried), and a JSON body whose
 * {@code __type} SDKs can map, agreeing with {@code x-amzn-ErrorType} when present, with a message.
 */
public final class FaultExpectations {
    private FaultExpectations() {
    }

    /**
     * Returns what was observed, or throws a CheckFailure saying "{situation} must fail with {code}; got ...".
     */
    public static FaultObservation verify(Answer<?> a, ListedFault fault, String situation) {
        FaultObservation seen = new FaultObservation(fault.code(), a.errorCode(), a.status());
        String must = situation + " must fail with " + fault.code();
        if (a.ok() || !fault.code().equals(a.errorCode())) {
            throw new CheckFailure(must + "; got " + a.summary(), a.exchange(), seen);
        }
        if (!fault.sdkClass().isInstance(a.error())) {
            throw new CheckFailure(must + " that the AWS SDK for Java maps to " + fault.sdkClass().getSimpleName()
                    + "; got " + a.error().getClass().getSimpleName(), a.exchange(), seen);
        }
        if (a.status() == null || a.status() < 400 || a.status() > 499) {
            throw new CheckFailure(must + " as an HTTP 4xx (SDKs retry 5xx); got HTTP " + a.status(),
                    a.exchange(), seen);
        }
        if (a.attempts() != 1) {
            throw new CheckFailure(must + " on the first attempt; got " + a.attempts() + " attempts by the AWS SDK for"
                    + " Java with standard retries, which retries only what it takes for a server error or throttling"
                    + " (the response below is the last attempt's)", a.exchange(), seen);
        }
        ErrorBody body = ErrorBody.parse(a.exchange());
        if (!body.json() || body.type() == null) {
            throw new CheckFailure(must + " in a JSON body with __type; got " + a.exchange().describeResponse(),
                    a.exchange(), seen);
        }
        if (!fault.code().equals(body.mappableShapeName())) {
            throw new CheckFailure(must + " with __type \"" + fault.code() + "\" or \"<namespace>#" + fault.code()
                    + "\"; got __type \"" + body.type() + "\"", a.exchange(), seen);
        }
        String headerType = a.exchange().responseHeader("x-amzn-ErrorType");
        if (headerType != null && !fault.code().equals(headerType.split(":", 2)[0])) {
            throw new CheckFailure(must + " with x-amzn-ErrorType agreeing with __type; got x-amzn-ErrorType \""
                    + headerType + "\"", a.exchange(), seen);
        }
        if (body.message() == null || body.message().isBlank()) {
            throw new CheckFailure(must + " with a non-empty message; got " + a.exchange().describeResponse(),
                    a.exchange(), seen);
        }
        return seen;
    }
}
