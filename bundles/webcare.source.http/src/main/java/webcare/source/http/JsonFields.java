package webcare.source.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Fields of a platform's JSON read leniently: a field that is missing or of another type is null, never an exception. */
public final class JsonFields {

    private JsonFields() {}

    /** A string field; null when missing, null or not text. */
    public static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /**
     * An RFC 3339 / ISO 8601 time (any number of fractional digits; without an offset: UTC) as an
     * instant; null when missing, blank or unreadable.
     */
    public static Instant time(JsonNode json, String field) {
        String text = text(json, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
