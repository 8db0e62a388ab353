package org.daxkit.reports.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for GitHub-flavoured Markdown, where run data must not turn into markup. */
public final class MarkdownText {

    /** ASCII punctuation that GFM could read as markup; a backslash makes each literal. */
    private static final String SPECIAL = "\\`*_[]<>|~#!&";
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** Text for a table cell or a line: markup characters escaped, line breaks as {@code <br>}. */
    public static String cell(Object value) {
        String s = XmlText.sanitize(value == null ? null : value.toString());
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append("<br>");
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append("<br>");
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A fenced code block whose fence is longer than any backtick run inside the content. */
    public static String codeBlock(String language, String content) {
        String body = XmlText.sanitize(content);
        int longest = 0;
        Matcher m = BACKTICK_RUN.matcher(body);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + body + "\n" + fence + "\n";
    }
}
