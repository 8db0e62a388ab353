package org.daxkit.reference.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escaping that also writes {@code < > &} and the JavaScript line separators U+2028/U+2029 as
 * unicode escapes: messages echo client input, and an answer pasted into an HTML report or a script must
 * not be able to open or close a tag, start an entity or break a string literal. (The apostrophe stays:
 * clients and tests match messages such as "requires 'Signature' parameter" byte for byte.)
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] asciiEscapes;

    HtmlSafeEscapes() {
        asciiEscapes = standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&'}) {
            asciiEscapes[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case 0x2028 -> LINE_SEPARATOR;
            case 0x2029 -> PARAGRAPH_SEPARATOR;
            default -> null;
        };
    }
}
