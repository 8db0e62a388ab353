package org.daxkit.conformance.checks.model;

/** Whether what the target shows fits the model: the state to go on with, or why it does not fit. */
public record Judgement(ClusterState state, String mismatch) {

    static Judgement fits(ClusterState state) {
        return new Judgement(state, null);
    }

    static Judgement misfit(String why) {
        return new Judgement(null, why);
    }

    public boolean fits() {
        return mismatch == null;
    }
}
