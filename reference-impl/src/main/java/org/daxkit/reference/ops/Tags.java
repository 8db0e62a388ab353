package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daxkit.reference.api.DaxFault;
import org.daxkit.reference.api.ErrorCode;
import org.daxkit.reference.api.Input;
import org.daxkit.reference.api.Json;
import org.daxkit.reference.api.Shape;

/** Tag validation, the per-resource quota, and the wire form of a tag list. */
final class Tags {
    static final int MAX_PER_RESOURCE = 50;
    static final Shape SHAPE = Shape.list(Shape.struct("Key", Shape.STRING, "Value", Shape.STRING));

    private Tags() {
    }

    /** Reads a TagList member: each Key 1-128 characters not starting with "aws:", Value up to 256. */
    static Map<String, String> read(Input input, String member) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Input tag : input.structList(member).orElse(List.of())) {
            String key = tag.string("Key").orElse("");
            String value = tag.string("Value").orElse("");
            if (key.isEmpty() || key.length() > 128 || key.startsWith("aws:")) {
                throw DaxFault.invalidParameter("Tag key '" + key
                        + "' is invalid: a key has 1-128 characters and does not start with 'aws:'.");
            }
            if (value.length() > 256) {
                throw DaxFault.invalidParameter("The value of tag '" + key + "' is longer than 256 characters.");
            }
            tags.put(key, value);
        }
        return tags;
    }

    static void checkQuota(int count) {
        if (count > MAX_PER_RESOURCE) {
            throw new DaxFault(ErrorCode.TAG_QUOTA_PER_RESOURCE_EXCEEDED,
                    "A resource can have at most " + MAX_PER_RESOURCE + " tags; this request would give it " + count + ".");
        }
    }

    static ArrayNode render(Map<String, String> tags) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        tags.forEach((key, value) -> array.addObject().put("Key", key).put("Value", value));
        return array;
    }
}
