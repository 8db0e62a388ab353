package org.daxkit.reports.html;

import org.daxkit.reports.text.Html;

/**
 * The shell of every page: HTML5 that is also well-formed XML (so tests parse it with the JDK's XML
 * parser), one inline style sheet, no script, nothing fetched: the file opens offline from a CI artifact.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /** A complete document; {@code body} must already be escaped markup. */
    public static String of(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s</title>
                <style>
                %s</style>
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(Html.esc(title), HtmlStyle.CSS, body);
    }
}
