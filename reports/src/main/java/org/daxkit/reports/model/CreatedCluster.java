package org.daxkit.reports.model;

/**
 * A cluster the run created, and what became of it: so a run against a billed account shows that it left
 * nothing behind, or what it left.
 *
 * @param name     the cluster's name
 * @param nodes    its size when created
 * @param deletion "accepted" when DeleteCluster was accepted (or the cluster was already gone), else why not
 */
public record CreatedCluster(String name, int nodes, String deletion) {
    public static final String ACCEPTED = "accepted";
}
