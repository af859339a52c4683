package webcare.response.flow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webcare.response.api.Evaluation;

/** An evaluation as the details of its timeline entry: one JSON object, its actions and flags as arrays. */
final class EvaluationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EvaluationJson() {}

    static String write(Evaluation evaluation) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("whatHappened", evaluation.whatHappened());
            json.writeStringField("wentWell", evaluation.wentWell());
            json.writeStringField("toImprove", evaluation.toImprove());
            json.writeStringField("by", evaluation.by());
            json.writeStringField("at", evaluation.at().toString());
            json.writeArrayFieldStart("actions");
            for (Evaluation.FollowUp action : evaluation.actions()) {
                json.writeStartObject();
                json.writeStringField("what", action.what());
                json.writeStringField("owner", action.owner());
                json.writeStringField("due", action.due().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("flags");
            for (Evaluation.PlanFlag flag : evaluation.flags()) {
                json.writeStartObject();
                json.writeStringField("item", flag.item());
                json.writeStringField("note", flag.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /** The evaluation in {@code details}; empty when it is not one (written by a later version, say). */
    static Optional<Evaluation> read(String details) {
        try (JsonParser json = JSON.createParser(details)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            List<Map<String, String>> actions = new ArrayList<>();
            List<Map<String, String>> flags = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                if (json.nextToken() == JsonToken.START_ARRAY) {
                    List<Map<String, String>> into = "actions".equals(name) ? actions : "flags".equals(name) ? flags
                            : new ArrayList<>();
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> object = new HashMap<>();
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String key = json.currentName();
                            json.nextToken();
                            object.put(key, json.getValueAsString());
                        }
                        into.add(object);
                    }
                } else {
                    fields.put(name, json.getValueAsString());
                }
            }
            return Optional.of(new Evaluation(fields.getOrDefault("whatHappened", ""), fields.getOrDefault("wentWell", ""),
                    fields.getOrDefault("toImprove", ""),
                    actions.stream().map(action -> new Evaluation.FollowUp(action.getOrDefault("what", ""),
                            action.getOrDefault("owner", ""), LocalDate.parse(action.get("due")))).toList(),
                    flags.stream().map(flag -> new Evaluation.PlanFlag(flag.getOrDefault("item", ""),
                            flag.getOrDefault("note", ""))).toList(),
                    fields.getOrDefault("by", ""), Instant.parse(fields.get("at"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
