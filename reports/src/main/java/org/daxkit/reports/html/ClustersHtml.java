package org.daxkit.reports.html;

import java.util.List;
import org.daxkit.reports.analysis.Runs;
import org.daxkit.reports.model.CreatedCluster;
import org.daxkit.reports.model.RunResults;
import org.daxkit.reports.text.Html;

/** The clusters the run created and whether each deletion was accepted: nothing left billing unseen. */
final class ClustersHtml {
    private ClustersHtml() {
    }

    static String of(RunResults results) {
        List<CreatedCluster> clusters = Runs.clusters(results);
        if (clusters.isEmpty()) {
            return "";
        }
        long accepted = clusters.stream().filter(c -> CreatedCluster.ACCEPTED.equals(c.deletion())).count();
        StringBuilder html = new StringBuilder("<section id=\"clusters\"><h2>Clusters created (")
                .append(clusters.size()).append(", deletion accepted for ").append(accepted)
                .append(")</h2>\n<table><tr><th>Cluster</th><th>Nodes</th><th>Deletion</th></tr>\n");
        for (CreatedCluster c : clusters) {
            html.append("<tr><td>").append(Html.esc(c.name())).append("</td><td>").append(c.nodes())
                    .append("</td><td>").append(Html.esc(c.deletion())).append("</td></tr>\n");
        }
        return html.append("</table></section>\n").toString();
    }
}
