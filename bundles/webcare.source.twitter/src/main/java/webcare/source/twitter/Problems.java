package webcare.source.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * X's error shapes: {@code errors[]} with {@code parameters} (a 400) or {@code parameter} (a
 * problem in a 200), and a top-level problem with {@code type}, {@code title} and {@code detail}.
 *
 * @param parameters the request parameters the errors name
 * @param message    the first error's message, else the problem's detail or title; "" when none
 * @param type       the problem's {@code type}, e.g. {@code https://api.x.com/2/problems/client-forbidden}; "" when none
 */
record Problems(Set<String> parameters, String message, String type) {

    static Problems of(JsonNode body) {
        Set<String> parameters = new TreeSet<>();
        String message = null;
        for (JsonNode error : body.path("errors")) {
            error.path("parameters").fieldNames().forEachRemaining(parameters::add);
            String parameter = TwitterSource.text(error, "parameter");
            if (parameter != null) {
                parameters.add(parameter);
            }
            if (message == null) {
                message = TwitterSource.text(error, "message") != null ? TwitterSource.text(error, "message")
                        : TwitterSource.text(error, "detail");
            }
        }
        if (message == null) {
            message = TwitterSource.text(body, "detail") != null ? TwitterSource.text(body, "detail")
                    : TwitterSource.text(body, "title");
        }
        String type = TwitterSource.text(body, "type");
        return new Problems(parameters, message == null ? "" : message, type == null ? "" : type);
    }
}
