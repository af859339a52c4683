package webcare.reply.templates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import webcare.reply.api.ReplyTemplate;
import webcare.triage.api.Decision;

/**
 * Reads a templates file: the bundled {@code templates.json} and a team's
 * {@code etc/reply-templates.json} share the format (docs/REPLIES.md). The first problem ends
 * the read with one line naming the file, the line or JSON path and what to do; a file is used
 * whole or not at all, so a half-read file never mixes with the built-ins.
 */
final class TemplateFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern LANG = Pattern.compile("[a-z]{2}");
    private static final Set<String> FIELDS = Set.of("id", "lang", "purpose", "title", "text", "decisions");

    private TemplateFile() {
    }

    /**
     * @param place the file as named in messages, e.g. {@code etc/reply-templates.json}
     * @param in    its bytes (UTF-8); not closed
     */
    static List<ReplyTemplate> read(String place, InputStream in) throws TemplateFileException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new TemplateFileException(place + where + ": not valid JSON (" + e.getOriginalMessage()
                    + "); fix it there (docs/REPLIES.md shows the format)");
        } catch (IOException e) {
            throw new TemplateFileException(place + ": cannot be read (" + e.getMessage() + ")");
        }
        JsonNode templates = root == null ? null : root.get("templates");
        if (templates == null || !templates.isArray()) {
            throw new TemplateFileException(place + ": $.templates: missing; the file is an object with a \"templates\" array (docs/REPLIES.md)");
        }
        List<ReplyTemplate> read = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < templates.size(); i++) {
            String path = "$.templates[" + i + "]";
            ReplyTemplate template = template(place, path, templates.get(i));
            String key = template.id() + "/" + template.lang();
            String earlier = seen.putIfAbsent(key, path);
            if (earlier != null) {
                throw new TemplateFileException(place + ": " + path + ".id: '" + template.id() + "' in '" + template.lang()
                        + "' twice (also at " + earlier + "); give one of them another id");
            }
            read.add(template);
        }
        return read;
    }

    private static ReplyTemplate template(String place, String path, JsonNode node) throws TemplateFileException {
        if (!node.isObject()) {
            throw new TemplateFileException(place + ": " + path + ": a template is an object with id, lang, purpose, title, text and decisions");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new TemplateFileException(place + ": " + path + "." + name + ": unknown field; use id, lang, purpose, title, text and decisions");
            }
        }
        String id = text(place, path, node, "id");
        if (!ID.matcher(id).matches()) {
            throw new TemplateFileException(place + ": " + path + ".id: '" + id + "' is no id; use lower-case letters, digits, '.', '-' and '_', e.g. respond.acknowledge");
        }
        String lang = text(place, path, node, "lang");
        if (!LANG.matcher(lang).matches()) {
            throw new TemplateFileException(place + ": " + path + ".lang: '" + lang + "' is no language; use a two-letter code such as nl or en");
        }
        ReplyTemplate.Purpose purpose = purpose(place, path, text(place, path, node, "purpose"));
        String title = text(place, path, node, "title");
        String text = text(place, path, node, "text");
        String problem = TemplateText.problem(text);
        if (problem != null) {
            throw new TemplateFileException(place + ": " + path + ".text: " + problem);
        }
        return new ReplyTemplate(id, purpose, lang, title, text, decisions(place, path, node.get("decisions")));
    }

    private static String text(String place, String path, JsonNode node, String field) throws TemplateFileException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new TemplateFileException(place + ": " + path + "." + field + ": missing or empty; write it as a string");
        }
        return value.asText().strip();
    }

    private static ReplyTemplate.Purpose purpose(String place, String path, String value) throws TemplateFileException {
        try {
            return ReplyTemplate.Purpose.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new TemplateFileException(place + ": " + path + ".purpose: '" + value + "' is no purpose; use one of "
                    + names(ReplyTemplate.Purpose.values()));
        }
    }

    private static Set<Decision> decisions(String place, String path, JsonNode node) throws TemplateFileException {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new TemplateFileException(place + ": " + path + ".decisions: missing or empty; list the decisions it fits, e.g. [\"respond\"]");
        }
        Set<Decision> decisions = EnumSet.noneOf(Decision.class);
        for (int i = 0; i < node.size(); i++) {
            String value = node.get(i).asText("");
            try {
                decisions.add(Decision.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new TemplateFileException(place + ": " + path + ".decisions[" + i + "]: '" + value
                        + "' is no decision; use one of " + names(Decision.values()));
            }
        }
        return decisions;
    }

    private static String names(Enum<?>[] values) {
        List<String> names = new ArrayList<>(values.length);
        for (Enum<?> value : values) {
            names.add(value.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
