package webcare.incident.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import webcare.incident.api.Signal;

/** A signal as the one JSON line {@code detect} prints (docs/DETECTION.md, "The detect command"). */
final class SignalJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SignalJson() {}

    static String line(Signal signal) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("detected", signal.detected().toString());
            json.writeStringField("onset", signal.onset().toString());
            json.writeStringField("windowStart", signal.windowStart().toString());
            json.writeStringField("source", signal.source());
            json.writeStringField("metric", signal.metric().name());
            json.writeNumberField("observed", rounded(signal.observed()));
            json.writeNumberField("expected", rounded(signal.expected()));
            json.writeNumberField("score", rounded(signal.score()));
            json.writeNumberField("threshold", rounded(signal.threshold()));
            strings(json, "terms", signal.terms());
            strings(json, "authors", signal.authors());
            strings(json, "examples", signal.examples());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Three decimals: enough for a share, and a count stays a whole number. */
    private static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
