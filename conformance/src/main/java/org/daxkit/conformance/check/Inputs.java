package org.daxkit.conformance.check;

import org.daxkit.conformance.outcome.CheckAborted;
import java.util.function.Function;
import org.daxkit.conformance.config.FixedInputs;
import org.daxkit.conformance.fixtures.ClusterNames;
import org.daxkit.reports.model.NotVerifiedCause;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The values checks send: generated ones, or in fixed-inputs mode ({@code --fixed-inputs}, for targets
 * that answer only recorded requests) the configured ones.
 */
public final class Inputs {
    private final FixedInputs fixedInputs;
    private final ClusterNames names;

    Inputs(FixedInputs fixedInputs, ClusterNames names) {
        this.fixedInputs = fixedInputs;
        this.names = names;
    }

    /** Whether checks must send only fixed inputs (recorded stubs), never generated ones. */
    public boolean fixedOnly() {
        return fixedInputs != null;
    }

    /**
     * The generated values; in fixed-inputs mode the one configured value instead, or NOT_VERIFIED naming
     * the flag that would provide it.
     */
    public Gen<String> values(Gen<String> generated, Function<FixedInputs, String> fixed, String flag) {
        if (fixedInputs == null) {
            return generated;
        }
        String value = fixed.apply(fixedInputs);
        if (value == null) {
            throw CheckAborted.notVerified(NotVerifiedCause.INPUT, "fixed inputs only (--fixed-inputs) and no " + flag + " given; this"
                    + " check otherwise sends generated values the target may not answer");
        }
        return Generate.constant(value);
    }

    /** The generated values, or in fixed-inputs mode just the given fixed one. */
    public Gen<String> values(Gen<String> generated, String fixedValue) {
        return fixedInputs == null ? generated : Generate.constant(fixedValue);
    }

    /**
     * A cluster name the target does not know: a fresh one, or in fixed-inputs mode the configured one
     * (a recorded target answers nothing else).
     */
    public String unknownClusterName() {
        return fixedInputs != null && fixedInputs.unknownCluster() != null ? fixedInputs.unknownCluster()
                : names.fresh();
    }
}
