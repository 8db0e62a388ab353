package org.daxkit.reference.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 by hand over a socket, for what java.net.http will not send: broken framing, stalls,
 * half-sent bodies, control characters in headers. Every read is bounded by a socket timeout, so a
 * server that hangs fails the test instead of hanging it.
 */
final class RawHttp {
    /** Generous: only a server that truly hangs gets near it. */
    static final int READ_TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    static Socket connect(int port) {
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("could not connect to port " + port, e);
        }
    }

    /** Sends the bytes on a fresh connection and reads one answer. */
    static Answer exchange(int port, byte[] request) {
        try (Socket socket = connect(port)) {
            send(socket, request);
            return readAnswer(socket, describe(request));
        } catch (IOException e) {
            throw new UncheckedIOException("raw exchange failed: " + describe(request), e);
        }
    }

    static Answer exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static void send(Socket socket, byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    static void send(Socket socket, String text) throws IOException {
        send(socket, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A POST / head with the given target and declared length, ready for a body. */
    static String postHead(String target, long contentLength) {
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\n"
                + (target == null ? "" : "X-Amz-Target: " + target + "\r\n")
                + "Content-Length: " + contentLength + "\r\n\r\n";
    }

    static String post(String target, String body) {
        return postHead(target, body.getBytes(StandardCharsets.UTF_8).length) + body;
    }

    /** Reads status line, headers and a Content-Length body; fails if none arrives within the timeout. */
    static Answer readAnswer(Socket socket, String request) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new AssertionError("Connection closed without an answer to " + request);
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new Answer(request, status, headers, new String(body, StandardCharsets.UTF_8));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No answer within " + READ_TIMEOUT_MILLIS + " ms to " + request, e);
        }
    }

    /** True if the server closed the connection (EOF or reset) without sending a byte. */
    static boolean closedWithoutAnswer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("The server neither answered nor closed within " + READ_TIMEOUT_MILLIS + " ms", e);
        } catch (IOException reset) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    static String describe(byte[] request) {
        String text = new String(request, 0, Math.min(request.length, 200), StandardCharsets.ISO_8859_1);
        return "raw[" + request.length + " bytes] " + text.replace("\r\n", "\\r\\n");
    }
}
