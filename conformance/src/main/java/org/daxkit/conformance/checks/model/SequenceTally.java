package org.daxkit.conformance.checks.model;

import java.util.Locale;

/**
 * What the sequences of one check did: steps, reboots that reached a node the cluster has, predictions made
 * for clusters in transition, and races (a transition the target ended before the call arrived, so the
 * answer for the ended state was accepted). Too many races and the transitional predictions were not
 * really tested. Safe to share between sequences that run at once.
 */
public final class SequenceTally {
    private int sequences;
    private int steps;
    private int reboots;
    private int rebootsOfExistingNodes;
    private int transitional;
    private int races;

    synchronized void sequence() {
        sequences++;
    }

    synchronized void step(Command c, ClusterState s) {
        steps++;
        if (c instanceof Command.Reboot || c instanceof Command.RebootUnknownNode) {
            reboots++;
            if (c instanceof Command.Reboot && s.phase() == Phase.AVAILABLE) {
                rebootsOfExistingNodes++;
            }
        }
        if (!(c instanceof Command.Settle) && s.phase().transitional()) {
            transitional++;
        }
    }

    synchronized void race() {
        races++;
    }

    public synchronized int races() {
        return races;
    }

    public synchronized int transitional() {
        return transitional;
    }

    /** More than half of the transitional predictions, and at least three, were overtaken by the target. */
    public synchronized boolean tooManyRaces() {
        return races >= 3 && races * 2 > transitional;
    }

    public synchronized String summary() {
        return String.format(Locale.ROOT, "%d sequences, %.1f steps each after creating their clusters;"
                        + " %d RebootNode steps, %d of them (%d%% of all steps) of a node an available cluster has;"
                        + " %d predictions for clusters in transition, %d overtaken by the target (races)",
                sequences, sequences == 0 ? 0.0 : (double) steps / sequences, reboots, rebootsOfExistingNodes,
                steps == 0 ? 0 : Math.round(100.0 * rebootsOfExistingNodes / steps), transitional, races);
    }
}
