package org.daxkit.reference.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.daxkit.reference.api.Json;

/**
 * The shape every Describe* of named resources shares: all resources, or the named ones (each must
 * exist, else the lookup's NotFound fault), sorted by name, paged, rendered under one member.
 */
final class Listing<T> {
    private final String resultMember;
    private final Function<T, String> nameOf;
    private final Function<T, ? extends JsonNode> render;

    Listing(String resultMember, Function<T, String> nameOf, Function<T, ? extends JsonNode> render) {
        this.resultMember = resultMember;
        this.nameOf = nameOf;
        this.render = render;
    }

    ObjectNode answer(List<String> names, Collection<T> all, Function<String, T> lookup, int max, String token) {
        TreeMap<String, T> chosen = new TreeMap<>();
        if (names.isEmpty()) {
            all.forEach(item -> chosen.put(nameOf.apply(item), item));
        } else {
            names.forEach(name -> {
                T item = lookup.apply(name);
                chosen.put(nameOf.apply(item), item);
            });
        }
        var page = Pages.page(new ArrayList<>(chosen.values()), nameOf, max, token, resultMember);
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray(resultMember);
        page.items().forEach(item -> array.add(render.apply(item)));
        if (page.nextToken() != null) {
            result.put("NextToken", page.nextToken());
        }
        return result;
    }
}
