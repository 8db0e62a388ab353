package org.daxkit.reference.api;

/** A modeled DAX error: thrown anywhere, turned into the wire error in one place (FaultResponder). */
public final class DaxFault extends RuntimeException {
    private final ErrorCode code;
    private final int httpStatus;

    public DaxFault(ErrorCode code, String message) {
        this(code, message, code.httpStatus());
    }

    /** For protocol errors whose status says more than 400 (404 wrong path, 405 wrong method). */
    public DaxFault(ErrorCode code, String message, int httpStatus) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public ErrorCode code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public static DaxFault invalidParameter(String message) {
        return new DaxFault(ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    public static DaxFault invalidCombination(String message) {
        return new DaxFault(ErrorCode.INVALID_PARAMETER_COMBINATION, message);
    }

    public static DaxFault serialization(String message) {
        return new DaxFault(ErrorCode.SERIALIZATION, message);
    }
}
