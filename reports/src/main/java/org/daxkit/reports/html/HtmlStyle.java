package org.daxkit.reports.html;

/** The one inline style sheet. Outcome colours are paired with a symbol and a word, never colour alone. */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            body { margin: 0; background: #f6f8fa; color: #1f2328;
                   font: 14px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", sans-serif; }
            main { max-width: 1200px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 22px; margin: 0 0 12px; }
            h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
            h3 { font-size: 15px; margin: 0 0 8px; }
            h4 { font-size: 13px; margin: 12px 0 4px; color: #59636e; }
            code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 13px; }
            a { color: #0969da; }
            .card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 16px 20px; margin: 12px 0; }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 20px; margin: 0; }
            dl.meta dt { color: #59636e; }
            dl.meta dd { margin: 0; overflow-wrap: anywhere; }
            .verdict { margin: 16px 0; padding: 12px 16px; border-radius: 8px; border: 2px solid; font-size: 15px; }
            .verdict strong { font-size: 18px; margin-right: 8px; }
            .v-conformant { background: #dafbe1; border-color: #1a7f37; }
            .v-not-conformant { background: #ffebe9; border-color: #cf222e; }
            .v-inconclusive { background: #fff8c5; border-color: #9a6700; }
            .bar { display: flex; height: 24px; border-radius: 6px; overflow: hidden; background: #eaeef2; border: 1px solid #d0d7de; }
            .bar span { display: block; height: 100%; }
            .bar .o-passed { background: #2da44e; }
            .bar .o-failed { background: #cf222e; }
            .bar .o-not-verified { background: #d4a72c; }
            .bar .o-not-implemented { background: #8250df; }
            .bar .o-excused { background: #218bff; }
            .legend { list-style: none; padding: 0; margin: 10px 0 0; display: flex; flex-wrap: wrap; gap: 8px 20px; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; border: 1px solid; font-size: 12px;
                     font-weight: 600; white-space: nowrap; }
            .o-passed, .f-correct { background: #dafbe1; color: #116329; border-color: #4ac26b; }
            .o-failed, .f-wrong-code, .f-wrong-status { background: #ffebe9; color: #a40e26; border-color: #ff8182; }
            .o-not-verified, .f-not-verifiable { background: #fff8c5; color: #7d4e00; border-color: #d4a72c; }
            .o-not-implemented, .f-not-implemented { background: #fbefff; color: #6e40c9; border-color: #c297ff; }
            .o-excused { background: #ddf4ff; color: #0550ae; border-color: #54aeff; }
            .o-absent, .o-unchecked, .f-not-checked { background: #f6f8fa; color: #59636e; border-color: #d0d7de; }
            .level { font-size: 11px; font-weight: 700; padding: 1px 6px; border-radius: 4px; background: #eaeef2; color: #424a53; }
            .l-must { background: #1f2328; color: #fff; }
            table { border-collapse: collapse; width: 100%; background: #fff; }
            th, td { border: 1px solid #d0d7de; padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; font-weight: 600; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.msg, p.msg { white-space: pre-wrap; overflow-wrap: anywhere; }
            section.clause { margin: 18px 0; }
            .clause-text { font-weight: 400; }
            .unchecked { margin: 4px 0; color: #59636e; }
            pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px; margin: 0;
                  white-space: pre-wrap; overflow-wrap: anywhere; }
            pre.cmd { background: #1f2328; color: #f0f3f6; border-color: #1f2328; }
            table.checks { table-layout: fixed; }
            table.checks th:nth-child(1) { width: 150px; }
            table.checks th:nth-child(2) { width: 30%; }
            table.checks th:nth-child(3) { width: 80px; }
            table.checks th:nth-child(4) { width: 90px; }
            .check-id { overflow-wrap: anywhere; }
            .check-title { color: #424a53; }
            table.matrix th.check-col { min-width: 280px; }
            table.matrix .badge { white-space: normal; }
            table.matrix tr.group th { background: #eaeef2; }
            table.matrix tr.totals td { background: #f6f8fa; font-weight: 600; }
            footer { margin-top: 32px; color: #59636e; font-size: 12px; }
            """;
}
