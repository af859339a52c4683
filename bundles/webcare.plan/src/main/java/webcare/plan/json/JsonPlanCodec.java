package webcare.plan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanRead;
import webcare.plan.index.Texts;
import webcare.plan.validation.PlanValidator;

/**
 * The plan JSON format of docs/PLAN.md. Reading collects every error: first those of the file's
 * structure, then those of its content (duplicate ids, unknown references) as the editor's
 * saves check them, leaving out content errors at places whose structure is already wrong. It
 * takes the plain shape too, noting each assumption; writing is always canonical. Thread-safe.
 * The mapper is built when the first plan is read: that loads much of Jackson, work a start-up
 * without a stored plan does not need (on two busy cores a thread of its own only moved it, see
 * docs/BENCHMARKS.md). Errors and notes are said in the caller's language (Dutch or
 * English), in English when it names none; the parser's own words about bad JSON stay English,
 * quoted in the sentence.
 */
@Component
public final class JsonPlanCodec implements PlanCodec {

    /** How Jackson's {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} begins its message. */
    private static final String DUPLICATE = "Duplicate field '";
    /** Jackson's note of where the unclosed object or list began, or of the root, naming its input. */
    private static final Pattern OPENED_AT = Pattern.compile(
            "\\((?:start marker|for root starting) at \\[Source: [^\\]]*?; line: (\\d+)(?:, column: (\\d+))?\\]\\)");

    /** Built on first use (class initialisation is lazy and thread-safe); configured once, then shared. */
    private static final class Mapper {
        static final ObjectMapper JSON = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private final PlanValidator validator = new PlanValidator();

    @Override
    public Plan read(String json) throws PlanInvalidException {
        return read(json, Locale.ENGLISH);
    }

    @Override
    public Plan read(String json, Locale language) throws PlanInvalidException {
        return readWithNotes(json, language).plan();
    }

    @Override
    public PlanRead readWithNotes(String json) throws PlanInvalidException {
        return readWithNotes(json, Locale.ENGLISH);
    }

    @Override
    public PlanRead readWithNotes(String json, Locale language) throws PlanInvalidException {
        Texts texts = Texts.of(language);
        JsonNode root;
        try {
            root = Mapper.JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw PlanValidator.invalid(texts, "invalid.what.file", List.of(syntaxError(e, texts)), null);
        }
        PlanJsonReader reader = new PlanJsonReader(texts);
        Plan plan = reader.read(root);
        List<PlanError> errors = new ArrayList<>(reader.errors);
        if (plan != null) {
            for (PlanError error : validator.check(plan, texts)) {
                if (errors.stream().noneMatch(known -> within(error.path(), known.path()))) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw PlanValidator.invalid(texts, "invalid.what.file", errors, null);
        }
        return new PlanRead(plan, reader.notes);
    }

    @Override
    public String write(Plan plan) {
        return PlanJsonWriter.write(plan);
    }

    /** Whether {@code path} is {@code outer} or lies inside it. */
    private static boolean within(String path, String outer) {
        return path.startsWith(outer) && (path.length() == outer.length() || path.charAt(outer.length()) == '.'
                || path.charAt(outer.length()) == '[');
    }

    /**
     * One error for a file that is not JSON, in our words. A key given twice is named by its JSON
     * path, built from where the parser stood; anything else by line and column, without Jackson's
     * account of its input ("[Source: REDACTED …]"), which means nothing to the file's author.
     */
    private static PlanError syntaxError(JsonProcessingException e, Texts texts) {
        String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (reason.startsWith(DUPLICATE) && e.getProcessor() instanceof JsonParser parser) {
            JsonStreamContext object = parser.getParsingContext();
            return new PlanError(path(object), texts.format("file.duplicateKey", object.getCurrentName()));
        }
        JsonLocation location = e.getLocation();
        // line and column as digits, never "1.024"
        String where = location == null ? "" : texts.format("file.at", String.valueOf(location.getLineNr()),
                String.valueOf(location.getColumnNr()));
        Matcher opened = OPENED_AT.matcher(reason);
        String plain = !opened.find() ? reason : reason.substring(0, opened.start()).strip()
                + (opened.group(2) == null ? "" : texts.format("file.openedAt", opened.group(1), opened.group(2)));
        return new PlanError("$", texts.format("file.syntax", where, Character.toLowerCase(plain.charAt(0))
                + plain.substring(1).replace("end-of-input", "end of input")));
    }

    /** The JSON path of where {@code context} stands, e.g. {@code $.people[1].name}. */
    static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            path.insert(0, at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
        }
        return path.insert(0, '$').toString();
    }
}
