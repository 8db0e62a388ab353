package org.daxkit.reference.ops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.daxkit.reference.api.DaxFault;

/**
 * Paging with stable opaque tokens. A token names the sort key of the last item returned, so a page
 * boundary survives items being added or removed between calls. Items must be sorted by key.
 */
final class Pages {

    record Page<T>(List<T> items, String nextToken) {
    }

    private Pages() {
    }

    static <T> Page<T> page(List<T> sorted, Function<T, String> key, int maxResults, String token, String kind) {
        String after = token == null ? null : decode(token, kind);
        List<T> remaining = new ArrayList<>();
        for (T item : sorted) {
            if (after == null || key.apply(item).compareTo(after) > 0) {
                remaining.add(item);
            }
        }
        if (remaining.size() <= maxResults) {
            return new Page<>(remaining, null);
        }
        List<T> items = remaining.subList(0, maxResults);
        return new Page<>(List.copyOf(items), encode(kind, key.apply(items.get(items.size() - 1))));
    }

    private static String encode(String kind, String lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + "\n" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token, String kind) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(kind + "\n")) {
                return decoded.substring(kind.length() + 1);
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the fault below
        }
        throw DaxFault.invalidParameter("The parameter NextToken is not a token this operation issued: " + token);
    }
}
