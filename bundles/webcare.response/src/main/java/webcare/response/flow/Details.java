package webcare.response.flow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A timeline entry's details: a flat JSON object of texts, e.g. {@code {"status":"CONTAINED"}}. */
final class Details {

    private static final JsonFactory JSON = new JsonFactory();

    private Details() {}

    static String of(String... keysAndValues) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
                json.writeStringField(keysAndValues[i], keysAndValues[i + 1]);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** The fields of {@code details}; empty for anything that is not such an object. */
    static Map<String, String> read(String details) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(details)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                fields.put(name, json.getValueAsString());
            }
        } catch (IOException e) {
            return Map.of();
        }
        return fields;
    }
}
