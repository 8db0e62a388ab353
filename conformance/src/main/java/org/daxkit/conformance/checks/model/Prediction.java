package org.daxkit.conformance.checks.model;

import java.util.LinkedHashSet;
import java.util.Set;
import org.daxkit.conformance.wire.Answer;

/**
 * What the model predicts for one call: the answer (success or a fault code), other answers DAX leaves to
 * the target at MAY level, and the state a success leads to (every fault leaves the state as it was).
 */
public record Prediction(String situation, String expected, Set<String> alsoAllowed, ClusterState onSuccess) {
    public static final String SUCCESS = "success";

    static Prediction success(String situation, ClusterState after) {
        return new Prediction(situation, SUCCESS, Set.of(), after);
    }

    static Prediction fault(String situation, String code) {
        return new Prediction(situation, code, Set.of(), null);
    }

    /** The same prediction, also accepting {@code answer} (a choice DAX leaves to the target). */
    Prediction orElse(String answer) {
        Set<String> also = new LinkedHashSet<>(alsoAllowed);
        also.add(answer);
        return new Prediction(situation, expected, also, onSuccess);
    }

    public boolean accepts(Answer<?> a) {
        String got = outcome(a);
        return got != null && (got.equals(expected) || alsoAllowed.contains(got))
                && (!a.ok() || onSuccess != null);
    }

    /** The state after an accepted answer. */
    public ClusterState after(ClusterState before, Answer<?> a) {
        return a.ok() ? onSuccess : before;
    }

    /** "succeed" or "fail with X" (", or ... as DAX allows"). */
    public String requirement() {
        StringBuilder b = new StringBuilder(phrase(expected));
        for (String also : alsoAllowed) {
            b.append(" or ").append(phrase(also));
        }
        return b.toString();
    }

    private static String phrase(String answer) {
        return SUCCESS.equals(answer) ? "succeed" : "fail with " + answer;
    }

    /** "success", the error code, or null for an answer that is neither (no answer, unparseable). */
    static String outcome(Answer<?> a) {
        if (a.ok()) {
            return SUCCESS;
        }
        return a.unparseable() ? null : a.errorCode();
    }
}
