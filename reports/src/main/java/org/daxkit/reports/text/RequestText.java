package org.daxkit.reports.text;

import java.util.Map;
import org.daxkit.reports.model.Reproducer;

/** A recorded request as plain HTTP-like text: request line, headers (secrets omitted), blank line, body. */
public final class RequestText {

    private RequestText() {
    }

    public static String of(Reproducer r) {
        StringBuilder text = new StringBuilder();
        text.append(Formats.orDash(r.method())).append(' ').append(Formats.orDash(r.url())).append('\n');
        Map<String, String> headers = r.headers() == null ? Map.of() : r.headers();
        headers.forEach((name, value) -> text.append(name).append(": ")
                .append(RequestHeaders.displayValue(name, value)).append('\n'));
        if (r.body() != null) {
            text.append('\n').append(r.body()).append('\n');
        }
        return text.toString();
    }
}
