package org.daxkit.reports.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daxkit.reports.model.Reproducer;

/**
 * The curl command that replays a recorded request, quoted for a POSIX shell.
 *
 * <p>Transport headers and the stale signature are not replayed. When the request was SigV4-signed,
 * the command signs again with curl's {@code --aws-sigv4} and the caller's credentials from the
 * environment: some targets (moto) route on the credential scope, so an unsigned replay would miss.
 */
public final class CurlCommand {

    private static final Pattern CREDENTIAL_SCOPE =
            Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([A-Za-z0-9-]+)/([A-Za-z0-9-]+)/aws4_request");

    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CurlCommand() {
    }

    /** {@code curl -sS -X POST 'URL' -H 'Name: value' ... --data '...'}: one line unless the body has line breaks. */
    public static String of(Reproducer r) {
        StringBuilder cmd = new StringBuilder("curl -sS -X ").append(quote(orDefault(r.method(), "POST")));
        cmd.append(' ').append(quote(orDefault(r.url(), "http://127.0.0.1/")));
        Map<String, String> headers = r.headers() == null ? Map.of() : r.headers();
        String signingScope = null;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (RequestHeaders.isReplayed(h.getKey())) {
                cmd.append(" -H ").append(quote(h.getKey() + ": " + orDefault(h.getValue(), "")));
            } else if ("authorization".equalsIgnoreCase(h.getKey())) {
                signingScope = sigV4Scope(h.getValue());
            }
        }
        if (signingScope != null) {
            cmd.append(" --aws-sigv4 ").append(quote("aws:amz:" + signingScope))
                    .append(" --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\"");
        }
        if (r.body() != null) {
            cmd.append(" --data ").append(quote(r.body()));
        }
        return cmd.toString();
    }

    /** "region:service" from a SigV4 Authorization header, or null when it is not one. */
    static String sigV4Scope(String authorization) {
        if (authorization == null) {
            return null;
        }
        Matcher m = CREDENTIAL_SCOPE.matcher(authorization);
        return m.find() ? m.group(1) + ":" + m.group(2) : null;
    }

    /**
     * The text as one shell word. Words of only safe characters (a method, most URLs) stay bare;
     * anything else goes in single quotes, inside which a POSIX shell takes everything literally (line breaks included);
     * a single quote inside becomes '\''. Plain POSIX, so the command works in sh, bash and zsh alike.
     */
    public static String quote(String s) {
        if (SAFE_WORD.matcher(s).matches()) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
