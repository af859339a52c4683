package webcare.source.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Graph's {@code {"error":{"message","type","code","error_subcode"}}}, mostly with HTTP 400, read
 * the same way for fetching and publishing.
 */
final class GraphErrors {

    /** Graph's throttling codes: app, user, page and custom-level limits; 80000s are business use case limits. */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613);
    private static final List<String> USAGE_HEADERS = List.of("x-business-use-case-usage", "x-page-usage",
            "x-app-usage");
    /** Graph echoes a malformed token in its message; page and user tokens begin with EAA. */
    private static final Pattern TOKEN_LIKE = Pattern.compile("EAA[A-Za-z0-9]{20,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphErrors() {}

    /** Code 190: the token is expired, revoked or malformed. */
    static boolean tokenInvalid(int code) {
        return code == 190;
    }

    /** A throttle: wait, as {@link #regainMinutes} says. */
    static boolean throttled(int code) {
        return THROTTLED.contains(code) || (code >= 80000 && code < 80100);
    }

    /** Code 10 and the 200s: the token lacks a permission. */
    static boolean permissionMissing(int code) {
        return code == 10 || (code >= 200 && code < 300);
    }

    /** For messages: {@code error 100/33: Graph's words}; the words already made safe. */
    static String what(int code, int subcode, String words) {
        return "error " + code + (subcode != 0 ? "/" + subcode : "") + (words.isEmpty() ? "" : ": " + words);
    }

    /** Anything that looks like a page or user token in Graph's words, replaced by {@code …}. */
    static String redact(String words) {
        return TOKEN_LIKE.matcher(words).replaceAll("…");
    }

    /** The longest {@code estimated_time_to_regain_access} (minutes) in the usage headers; 0 when none says. */
    static long regainMinutes(HttpHeaders headers) {
        long minutes = 0;
        for (String header : USAGE_HEADERS) {
            for (String value : headers.allValues(header)) {
                try {
                    for (JsonNode estimate : JSON.readTree(value).findValues("estimated_time_to_regain_access")) {
                        minutes = Math.max(minutes, estimate.asLong());
                    }
                } catch (IOException unreadable) {
                    // a header we cannot read says nothing about the wait
                }
            }
        }
        return minutes;
    }
}
