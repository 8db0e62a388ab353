package org.daxkit.conformance.compare;

/** The comparison as Markdown: a table per section. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String of(Comparison c) {
        StringBuilder md = new StringBuilder();
        md.append("# Calibration records compared\n\n");
        md.append("- **A**: ").append(cell(c.a().describe())).append('\n');
        md.append("- **B**: ").append(cell(c.b().describe())).append("\n\n");
        md.append("Summary: ").append(c.summary()).append("\n");
        for (Section s : c.sections()) {
            String about = cell(s.about());
            md.append("\n## ").append(s.title()).append("\n\n")
                    .append(Character.toUpperCase(about.charAt(0))).append(about.substring(1)).append('.');
            if (s.same() > 0) {
                md.append(" ").append(s.same()).append(" compared items agree.");
            }
            md.append("\n\n");
            if (s.rows().isEmpty()) {
                md.append("No differences.\n");
                continue;
            }
            md.append("| | what | A | B |\n|---|---|---|---|\n");
            for (Row r : s.rows()) {
                String key = r.key().replace("`", "'").replace("|", "\\|");
                md.append("| ").append(r.kind().label()).append(" | `").append(key).append("` | ")
                        .append(cell(r.a())).append(" | ").append(cell(r.b())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
