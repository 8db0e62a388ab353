package org.daxkit.reports.text;

/** HTML escaping: every piece of run data goes through here before it reaches a page. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values; null becomes "". */
    public static String esc(Object value) {
        String s = XmlText.sanitize(value == null ? null : value.toString());
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
