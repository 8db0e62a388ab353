package org.daxkit.reports.text;

/**
 * Makes arbitrary text legal in XML 1.0 (and so in XHTML-compatible HTML). XML forbids most control
 * characters, lone surrogates and U+FFFE/U+FFFF (HTML also rejects DEL and the C1 controls); each is replaced by a visible backslash-u escape
 * ({@code \u0007}) so a reader still sees that the text contained it (for a JSON body it is even the same escape).
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text with every character XML 1.0 forbids made visible as an escape; null becomes "". */
    public static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i); // a lone surrogate comes back as itself, which isLegal rejects
            if (isLegal(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u%04X", cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isLegal(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r'
                || (cp >= 0x20 && cp < 0x7F)
                || (cp > 0x9F && cp <= 0xD7FF) // DEL and C1 controls are legal XML but HTML parse errors
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
