package org.daxkit.reference.http;

import java.util.Locale;
import java.util.Set;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;

/**
 * Which request Content-Types carry a JSON body: AWS JSON 1.1, plain JSON (hand-written clients),
 * or none at all. Parameters such as {@code charset} are ignored, as the AWS JSON protocol asks.
 */
final class ContentTypes {
    static final Set<String> ACCEPTED = Set.of(Responses.AMZ_JSON, Responses.PLAIN_JSON);

    private ContentTypes() {
    }

    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim().toLowerCase(Locale.ROOT);
        if (!ACCEPTED.contains(mediaType)) {
            throw new DaxFault(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + contentType
                    + " is not supported; send " + Responses.AMZ_JSON + ".");
        }
    }
}
