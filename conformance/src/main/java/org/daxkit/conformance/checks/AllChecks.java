package org.daxkit.conformance.checks;

import java.util.ArrayList;
import java.util.List;
import org.daxkit.conformance.check.Check;

/**
 * Every check, in run order. The wire checks come last because they audit every response the run saw.
 */
public final class AllChecks {
    private AllChecks() {
    }

    public static List<Check> list() {
        List<Check> all = new ArrayList<>();
        all.addAll(ResponseShapeChecks.all());
        all.addAll(NotFoundChecks.all());
        all.addAll(InvalidStateChecks.all());
        all.addAll(InvalidParameterChecks.all());
        all.addAll(InjectedFaultChecks.all());
        all.addAll(InvariantChecks.all());
        all.addAll(RebootStateChecks.all());
        all.addAll(RebootPurposeChecks.all());
        all.addAll(ModelBasedChecks.all());
        all.addAll(WireChecks.all());
        return List.copyOf(all);
    }
}
