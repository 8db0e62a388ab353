package org.daxkit.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.Json;

/** Reads a bounded request body into a JSON object; anything else is a SerializationException. */
public final class RequestBodies {
    static final int MAX_BYTES = 1 << 20;
    /**
     * How much of an oversized body is read and thrown away before answering. Answering while the
     * client is still sending makes the close reset the connection, and the client never sees the 400.
     */
    static final long MAX_DISCARDED_BYTES = 64L << 20;

    private RequestBodies() {
    }

    /**
     * A body declared far beyond the limit is refused before reading it, rather than read for nothing.
     * Up to {@link #MAX_DISCARDED_BYTES} the body is read anyway (see there), so the client sees the answer.
     */
    public static void requireDeclaredLengthWithinReach(String contentLength) {
        if (declaredLength(contentLength) > MAX_DISCARDED_BYTES) {
            throw tooLarge();
        }
    }

    /**
     * Reads and drops what the handler left unread (answering early, say, on a wrong target), so that
     * closing does not reset a connection the client is still writing to before it reads the answer.
     */
    static void discardRest(HttpExchange exchange) throws RequestTimedOut {
        if (declaredLength(exchange.getRequestHeaders().getFirst("Content-Length")) > MAX_DISCARDED_BYTES) {
            return;
        }
        try {
            discard(exchange.getRequestBody(), MAX_DISCARDED_BYTES);
        } catch (RequestTimedOut timedOut) {
            throw timedOut;
        } catch (IOException unreadable) {
            // Nothing more can be read; the answer goes out all the same.
        }
    }

    /**
     * Reads the whole body. {@link RequestTimedOut} passes through (the client has its answer);
     * any other read failure (a broken chunked encoding, say) is the client's: SerializationException.
     */
    public static ObjectNode readObject(InputStream in) throws RequestTimedOut {
        byte[] bytes = readWithinLimit(in);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(); // Responses reads the rest before answering
        }
        return parseObject(bytes);
    }

    /**
     * Up to one byte past the limit, so a caller can tell "too large" apart. A read failure other than the
     * deadline (a broken chunked encoding, say) is the client's: SerializationException.
     */
    public static byte[] readWithinLimit(InputStream in) throws RequestTimedOut {
        try {
            return in.readNBytes(MAX_BYTES + 1);
        } catch (RequestTimedOut timedOut) {
            throw timedOut;
        } catch (IOException unreadable) {
            throw DaxFault.serialization("The request body could not be read: " + firstLine(unreadable.getMessage()));
        }
    }

    /** Whether a body read by {@link #readWithinLimit} is over the limit. */
    public static boolean overLimit(byte[] body) {
        return body.length > MAX_BYTES;
    }

    /** An empty (or all-whitespace) body means {@code {}}. */
    public static ObjectNode parseObject(byte[] bytes) {
        String text = strictUtf8(bytes);
        if (text.isBlank()) {
            return Json.object();
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(text);
        } catch (IOException | RuntimeException e) {
            throw DaxFault.serialization("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw DaxFault.serialization("The request body must be a JSON object, got "
                    + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) tree;
    }

    /** Overlong forms, encoded surrogates and stray bytes are refused, not replaced or decoded leniently. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw DaxFault.serialization("The request body is not valid UTF-8.");
        }
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException notANumber) {
            return -1; // the JDK server refuses such a request before any handler runs
        }
    }

    public static DaxFault tooLarge() {
        return DaxFault.serialization("The request body is larger than the limit of 1 MiB (" + MAX_BYTES + " bytes).");
    }

    private static void discard(InputStream in, long limit) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = limit;
        int read;
        while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
            left -= read;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
