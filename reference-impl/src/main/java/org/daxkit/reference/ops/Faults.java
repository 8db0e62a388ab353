package org.daxkit.reference.ops;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.daxkit.reference.api.ErrorCode;

/** Builds the modeled-fault sets of the operations (as the service model lists them). */
final class Faults {
    private Faults() {
    }

    static Set<ErrorCode> of(ErrorCode first, ErrorCode... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The extra faults plus the three most operations share. */
    static Set<ErrorCode> withStandard(ErrorCode... extra) {
        return of(ErrorCode.SERVICE_LINKED_ROLE_NOT_FOUND, concat(extra,
                ErrorCode.INVALID_PARAMETER_VALUE, ErrorCode.INVALID_PARAMETER_COMBINATION));
    }

    private static ErrorCode[] concat(ErrorCode[] extra, ErrorCode... more) {
        ErrorCode[] all = new ErrorCode[extra.length + more.length];
        System.arraycopy(extra, 0, all, 0, extra.length);
        System.arraycopy(more, 0, all, extra.length, more.length);
        return all;
    }
}
