package webcare.inbox.triage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import webcare.analysis.api.Flag;
import webcare.triage.api.Reason;
import webcare.triage.api.ReasonRenderer;
import webcare.triage.api.TriageResult;
import webcare.triage.api.Analysis;

/**
 * Triage results as JSON text: the flags and reasons kept with an inbox item (reasons in both
 * languages, so a view shows them in its own without the rules' evidence types), and the line
 * {@code triage} prints (docs/TRIAGE.md, "Headless").
 */
public final class TriageJson {

    /** The languages reasons are kept in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private static final JsonFactory JSON = new JsonFactory();

    private TriageJson() {}

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String json(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** {@code [{"type":"IBAN","start":33,"end":52,"detail":"…"}, …]}. */
    public static String flags(List<Flag> flags) {
        return json(json -> writeFlags(json, flags, true));
    }

    private static void writeFlags(JsonGenerator json, List<Flag> flags, boolean detail) throws IOException {
        json.writeStartArray();
        for (Flag flag : flags) {
            json.writeStartObject();
            json.writeStringField("type", flag.type().name());
            json.writeNumberField("start", flag.start());
            json.writeNumberField("end", flag.end());
            if (detail) {
                json.writeStringField("detail", flag.detail());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code [{"rule":"…","decision":"…","nl":"…","en":"…"}, …]}, the deciding reason first. */
    public static String reasons(List<Reason> reasons, ReasonRenderer renderer) {
        return json(json -> {
            json.writeStartArray();
            for (Reason reason : reasons) {
                json.writeStartObject();
                json.writeStringField("rule", reason.rule());
                json.writeStringField("decision", reason.decision().name());
                for (Locale language : LANGUAGES) {
                    json.writeStringField(language.getLanguage(), renderer.render(reason, language));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** The line {@code triage} prints for one mention; reasons as sentences in {@code language}. */
    public static String line(String id, Analysis analysis, TriageResult result, ReasonRenderer renderer,
            Locale language) {
        return json(json -> {
            json.writeStartObject();
            json.writeStringField("id", id);
            json.writeStringField("lang", analysis.language());
            json.writeNumberField("sentiment", Math.round(analysis.sentiment().score() * 1000) / 1000.0);
            json.writeStringField("polarity", analysis.sentiment().polarity().name().toLowerCase(Locale.ROOT));
            json.writeFieldName("flags");
            writeFlags(json, analysis.flags(), false);
            json.writeStringField("decision", result.decision().name());
            json.writeNumberField("priority", result.priority());
            json.writeStringField("due", result.due().toString());
            json.writeArrayFieldStart("reasons");
            for (Reason reason : result.reasons()) {
                json.writeString(renderer.render(reason, language));
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
