package webcare.source.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Request addresses built from parts, each part percent-encoded as UTF-8, a space as {@code %20}
 * (not {@code +}, which some platforms read literally in a path).
 */
public final class QueryString {

    private QueryString() {}

    /** {@code text} encoded for a query name, value or path segment. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code name=value&…} in the map's order, names and values encoded. */
    public static String of(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    /** {@code address?query}, the parameters encoded in the map's order. */
    public static URI uri(Object address, Map<String, String> parameters) {
        return URI.create(address + "?" + of(parameters));
    }
}
