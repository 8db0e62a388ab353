package org.daxkit.conformance.wire;

import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What one SDK call produced: the parsed response or the exception, and the raw exchange behind it.
 */
public record Answer<T>(String operation, T response, SdkException error, Exchange exchange) {

    private static final Set<String> UNKNOWN_OPERATION_CODES = Set.of("UnknownOperationException",
            "UnknownOperation", "InvalidAction", "NotImplemented", "NotImplementedException", "UnsupportedOperation");

    private static final Set<String> THROTTLING_CODES = Set.of("ThrottlingException", "Throttling",
            "TooManyRequestsException", "RequestLimitExceeded");
    private static final Pattern SAYS_UNIMPLEMENTED = Pattern.compile(
            "(?i)not\\s+(yet\\s+)?implemented|unknown\\s+operation|unsupported\\s+operation|NotImplementedError");

    public boolean ok() {
        return error == null;
    }

    /** The target answered, but the AWS SDK for Java could not make sense of the answer. */
    public boolean unparseable() {
        return error != null && !(error instanceof AwsServiceException) && exchange != null && exchange.answered();
    }

    /** The target asked the client to slow down: a reason to poll again, not a wrong answer. */
    public boolean throttled() {
        Integer status = status();
        return !ok() && ((errorCode() != null && THROTTLING_CODES.contains(errorCode()))
                || Integer.valueOf(429).equals(status));
    }

    /** The error code the SDK read, or null for a success or a transport failure. */
    public String errorCode() {
        return error instanceof AwsServiceException e && e.awsErrorDetails() != null
                ? e.awsErrorDetails().errorCode() : null;
    }

    public String errorMessage() {
        if (error instanceof AwsServiceException e && e.awsErrorDetails() != null) {
            return e.awsErrorDetails().errorMessage();
        }
        return error == null ? null : error.getMessage();
    }

    public boolean isFault(String code) {
        return code.equals(errorCode());
    }

    /** HTTP status of the last attempt, or null when nothing came back. */
    public Integer status() {
        if (exchange != null && exchange.answered()) {
            return exchange.status();
        }
        return error instanceof AwsServiceException e ? e.statusCode() : null;
    }

    public int attempts() {
        return exchange == null ? 0 : exchange.attempts();
    }

    /** "success (HTTP 200)", "NodeNotFoundFault (HTTP 400, NodeNotFoundException): "msg"" or "no answer: ...". */
    public String summary() {
        if (ok()) {
            return "success (HTTP " + status() + ")";
        }
        if (unparseable()) {
            return "an answer the AWS SDK for Java could not parse (" + error.getMessage() + "): "
                    + exchange.describeResponse();
        }
        if (!(error instanceof AwsServiceException)) {
            return "no answer: " + error.getClass().getSimpleName() + ": " + error.getMessage();
        }
        String code = errorCode();
        String message = errorMessage();
        return (code == null || code.isEmpty() ? "an error without a code" : code) + " (HTTP " + status() + ", "
                + error.getClass().getSimpleName() + ")" + (message == null ? "" : ": \"" + message + "\"")
                + (attempts() > 1 ? " after " + attempts() + " attempts" : "");
    }

    /**
     * Positive evidence that the target does not know the operation: an unknown-operation error code,
     * HTTP 501, or a 404/5xx that is no AWS error and whose text says so.
     */
    public boolean saysUnimplemented() {
        if (ok()) {
            return false;
        }
        if (errorCode() != null && UNKNOWN_OPERATION_CODES.contains(errorCode())) {
            return true;
        }
        Integer status = status();
        if (Integer.valueOf(501).equals(status)) {
            return true;
        }
        return nonAwsError() && exchange.responseBody() != null
                && SAYS_UNIMPLEMENTED.matcher(exchange.responseBody()).find();
    }

    /**
     * A 404 or 5xx that is no AWS error at all (moto answers RebootNode with an HTML HTTP 500): a sign,
     * not proof, that the operation is unknown; a RebootNode of a node that exists must confirm it.
     */
    public boolean nonAwsError() {
        Integer status = status();
        return !ok() && status != null && (status == 404 || status >= 500) && !ErrorBody.parse(exchange).awsShaped();
    }
}
