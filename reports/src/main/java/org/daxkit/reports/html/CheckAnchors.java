package org.daxkit.reports.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reports.model.CheckResult;

/** Fragment ids for checks and their reproducers, by position: unique even when check ids repeat or are odd. */
final class CheckAnchors {

    private final Map<CheckResult, Integer> index = new IdentityHashMap<>();

    CheckAnchors(List<CheckResult> checks) {
        for (int i = 0; i < checks.size(); i++) {
            index.put(checks.get(i), i);
        }
    }

    String check(CheckResult c) {
        return "check-" + index.get(c);
    }

    String reproducer(CheckResult c) {
        return "repro-" + index.get(c);
    }
}
