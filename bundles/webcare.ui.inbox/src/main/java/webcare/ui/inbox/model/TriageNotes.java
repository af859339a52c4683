package webcare.ui.inbox.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the flags and reasons triage keeps with an item (as {@code webcare.inbox}'s TriageJson writes
 * them). What cannot be read is left out rather than failing the view: a damaged note must not hide
 * the mention itself.
 */
public final class TriageNotes {

    /** What a flag means for the reader: how it is coloured. */
    public enum Kind { ABUSE, THREAT, PRIVATE_DATA }

    /** A flagged stretch of the text, UTF-16 offsets {@code start} (inclusive) to {@code end}. */
    public record FlagSpan(String type, int start, int end, String detail) {

        public Kind kind() {
            return switch (type) {
                case "PROFANITY", "INSULT" -> Kind.ABUSE;
                case "THREAT" -> Kind.THREAT;
                default -> Kind.PRIVATE_DATA;
            };
        }

        /** This span cut to a text of {@code length} characters; empty (start == end) when outside it. */
        public FlagSpan within(int length) {
            int from = Math.max(0, Math.min(start, length));
            return new FlagSpan(type, from, Math.max(from, Math.min(end, length)), detail);
        }
    }

    /** One reason, in the window's language; {@code deciding} for the one that made the decision. */
    public record Reason(String rule, String decision, String text, boolean deciding) {}

    private static final JsonFactory JSON = new JsonFactory();

    private TriageNotes() {}

    /** The flags in order of where they start; empty when there are none or the text is not readable. */
    public static List<FlagSpan> flags(String json) {
        List<FlagSpan> flags = new ArrayList<>();
        for (Map<String, String> object : objects(json)) {
            try {
                int start = Integer.parseInt(object.getOrDefault("start", ""));
                int end = Integer.parseInt(object.getOrDefault("end", ""));
                String type = object.get("type");
                if (type != null && start >= 0 && end > start) {
                    flags.add(new FlagSpan(type, start, end, object.getOrDefault("detail", "")));
                }
            } catch (NumberFormatException notAFlag) {
                // a flag without its place cannot be shown; the others still can
            }
        }
        flags.sort(Comparator.comparingInt(FlagSpan::start));
        return List.copyOf(flags);
    }

    /**
     * The reasons in {@code locale}'s language (English when it has none), the deciding one first:
     * the first reason for the item's {@code decision}, else the first one.
     */
    public static List<Reason> reasons(String json, String decision, Locale locale) {
        String language = locale.getLanguage();
        List<Map<String, String>> objects = objects(json);
        int deciding = 0;
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).getOrDefault("decision", "").equals(decision)) {
                deciding = i;
                break;
            }
        }
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Map<String, String> object = objects.get(i);
            String text = object.getOrDefault(language, object.getOrDefault("en", object.getOrDefault("rule", "")));
            Reason reason = new Reason(object.getOrDefault("rule", ""), object.getOrDefault("decision", ""), text,
                    i == deciding);
            if (i == deciding) {
                reasons.add(0, reason);
            } else {
                reasons.add(reason);
            }
        }
        return List.copyOf(reasons);
    }

    /** The top-level array's objects, each field as text; nested values are skipped. */
    private static List<Map<String, String>> objects(String json) {
        List<Map<String, String>> objects = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return objects;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return objects;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.START_OBJECT; token = parser.nextToken()) {
                Map<String, String> object = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value.isScalarValue()) {
                        object.put(name, parser.getValueAsString());
                    } else {
                        parser.skipChildren();
                    }
                }
                objects.add(object);
            }
        } catch (IOException damaged) {
            // keep what was read before the damage
        }
        return objects;
    }
}
