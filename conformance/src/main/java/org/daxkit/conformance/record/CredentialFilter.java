package org.daxkit.conformance.record;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Keeps credentials out of a record: drops every header that carries one (the SigV4 {@code Authorization},
 * {@code X-Amz-Security-Token}, and any header whose name speaks of a credential, token, secret, signature,
 * password or cookie), and, in case a key turned up anywhere else, replaces the run's own access key id and
 * secret key wherever they appear in text. {@code X-Amz-Date} stays: it is a time, not a secret.
 */
public final class CredentialFilter {
    static final String REDACTED = "<redacted>";
    private static final List<String> CREDENTIAL_WORDS =
            List.of("authorization", "credential", "token", "secret", "signature", "password", "cookie");

    private final List<String> secrets;

    /** @param secrets values never to write (the access key id and secret key); nulls and blanks are ignored */
    public CredentialFilter(List<String> secrets) {
        this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
    }

    public static boolean carriesCredentials(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return CREDENTIAL_WORDS.stream().anyMatch(name::contains);
    }

    /** The headers without those carrying credentials, values scrubbed; order kept. */
    public Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (headers == null) {
            return kept;
        }
        headers.forEach((name, values) -> {
            if (!carriesCredentials(name)) {
                kept.put(name, values.stream().map(this::text).toList());
            }
        });
        return kept;
    }

    /** A URL path with the query parameters that carry credentials (presigned URLs) left out. */
    public String pathAndQuery(String pathAndQuery) {
        int q = pathAndQuery == null ? -1 : pathAndQuery.indexOf('?');
        if (q < 0) {
            return text(pathAndQuery);
        }
        String kept = Arrays.stream(pathAndQuery.substring(q + 1).split("&"))
                .filter(param -> !carriesCredentials(param.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        return text(pathAndQuery.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept));
    }

    public String text(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, REDACTED);
        }
        return out;
    }
}
