package org.daxkit.reports.matrix;

import org.daxkit.reports.analysis.Verdict;
import org.daxkit.reports.model.CheckResult;
import org.daxkit.reports.model.Summary;
import org.daxkit.reports.text.MarkdownText;

/** matrix.md: the check x target matrix as one GitHub-flavoured Markdown table. */
public final class MatrixMarkdownRenderer {

    private MatrixMarkdownRenderer() {
    }

    public static String render(Matrix m) {
        StringBuilder md = new StringBuilder("## DAX RebootNode conformance matrix\n\n");
        md.append("| Check | Level |");
        m.targets().forEach(t -> md.append(' ').append(MarkdownText.cell(t)).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(m.targets().size())).append('\n');
        for (Matrix.Group g : m.groups()) {
            md.append("| **").append(MarkdownText.cell(g.clause().id())).append("** ")
                    .append(MarkdownText.cell(g.clause().text())).append(" | ")
                    .append(g.clause().level() == null ? "" : g.clause().level()).append(" |");
            String filler = g.rows().isEmpty() ? " unchecked |" : " |";
            md.append(filler.repeat(m.targets().size())).append('\n');
            for (Matrix.Row r : g.rows()) {
                md.append("| ").append(MarkdownText.cell(r.checkId())).append(" | ").append(r.level()).append(" |");
                for (CheckResult c : r.cells()) {
                    md.append(' ').append(MarkdownText.cell(MatrixCell.text(c))).append(" |");
                }
                md.append('\n');
            }
        }
        md.append("| **Totals** | |");
        for (Summary s : m.totals()) {
            md.append(' ').append(MarkdownText.cell(MatrixCell.totals(s))).append(" |");
        }
        md.append("\n| **Verdict** | |");
        for (Verdict v : m.verdicts()) {
            md.append(" **").append(MarkdownText.cell(v.headline())).append("** |");
        }
        md.append("\n\n").append(MarkdownText.cell(MatrixCell.legend())).append('\n');
        return md.toString();
    }
}
