package webcare.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.Statement;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanNote;
import webcare.plan.testing.Fixtures;

/**
 * docs/plan.schema.json and the codec agree: the same properties per object, the same required
 * ones, the same enum words. Skipped when the docs folder is not beside the bundles (a bundle
 * built on its own).
 */
class SchemaAgreementTest {

    private static final Path SCHEMA = Path.of("../../docs/plan.schema.json");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonPlanCodec codec = new JsonPlanCodec();
    private JsonNode schema;
    /** Per schema object (its $defs name, "root" for the top): where it occurs in the full plan, and the keys used. */
    private final Map<String, List<String>> paths = new LinkedHashMap<>();
    private final Map<String, Set<String>> keys = new LinkedHashMap<>();

    @BeforeEach
    void readSchema() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCHEMA), "no " + SCHEMA.toAbsolutePath().normalize());
        schema = mapper.readTree(Files.readString(SCHEMA));
        JsonNode full = mapper.readTree(codec.write(Fixtures.plan(Fixtures.KORENSCHOOF)));
        walk(full, schema, "root", "$");
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertThat(ref).startsWith("#/$defs/");
            node = schema.get("$defs").get(ref.substring("#/$defs/".length()));
            assertThat(node).as(ref).isNotNull();
        }
        return node;
    }

    private static String defName(JsonNode node, String fallback) {
        return node.has("$ref") ? node.get("$ref").asText().substring("#/$defs/".length()) : fallback;
    }

    private void walk(JsonNode data, JsonNode schemaNode, String name, String path) {
        JsonNode definition = resolve(schemaNode);
        if (data.isObject()) {
            paths.computeIfAbsent(name, key -> new ArrayList<>()).add(path);
            Set<String> used = keys.computeIfAbsent(name, key -> new TreeSet<>());
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                used.add(field.getKey());
                JsonNode property = definition.path("properties").path(field.getKey());
                if (!property.isMissingNode()) {
                    walk(field.getValue(), property, defName(property, name + "." + field.getKey()),
                            path + "." + field.getKey());
                }
            }
        } else if (data.isArray()) {
            JsonNode items = definition.path("items");
            for (int i = 0; i < data.size(); i++) {
                walk(data.get(i), items, defName(items, name + "[]"), path + "[" + i + "]");
            }
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void describesEveryObjectTheCodecWritesWithTheSameProperties() {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(keys.keySet()).containsExactlyInAnyOrder("root", "organisation", "person", "role", "task",
                "scenario", "statement", "escalation", "contact", "calendarRule", "fact", "review", "reviewItem",
                "flag");
        keys.forEach((name, used) -> {
            JsonNode definition = name.equals("root") ? schema : schema.get("$defs").get(name);
            softly.assertThat(names(definition.get("properties"))).as(name).isEqualTo(used);
            softly.assertThat(definition.get("additionalProperties").asBoolean(true)).as(name + " additionalProperties")
                    .isFalse();
        });
        softly.assertAll();
    }

    @Test
    void requiresExactlyTheFieldsTheCodecRequires() throws Exception {
        String full = codec.write(Fixtures.plan(Fixtures.KORENSCHOOF));
        SoftAssertions softly = new SoftAssertions();
        for (String name : keys.keySet()) {
            JsonNode definition = name.equals("root") ? schema : schema.get("$defs").get(name);
            Set<String> required = new TreeSet<>();
            definition.path("required").forEach(field -> required.add(field.asText()));
            String path = paths.get(name).get(0);
            for (String property : names(definition.get("properties"))) {
                JsonNode tree = mapper.readTree(full);
                ObjectNode object = (ObjectNode) at(tree, path);
                if (!object.has(property)) {
                    continue;
                }
                object.remove(property);
                String where = path + "." + property;
                boolean needed = needs(mapper.writeValueAsString(tree), where);
                if (required.contains(property)) {
                    softly.assertThat(needed).as(where + " is required by the schema").isTrue();
                } else {
                    softly.assertThat(needed).as(where + " is optional in the schema").isFalse();
                }
            }
        }
        softly.assertAll();
    }

    /**
     * Whether the codec needs the field at {@code where}, left out of {@code json}: it says the
     * field is missing, or, for the plain shape, notes what it assumed instead (there, or at the
     * object that lacks it). The schema describes the canonical form, which has every such field.
     */
    private boolean needs(String json, String where) {
        try {
            String parent = where.substring(0, where.lastIndexOf('.'));
            return codec.readWithNotes(json).notes().stream().map(PlanNote::path)
                    .anyMatch(path -> path.equals(where) || path.equals(parent));
        } catch (PlanInvalidException e) {
            return e.errors().stream().filter(error -> error.message().startsWith("required field")
                    || error.message().startsWith("missing")).map(PlanError::path).anyMatch(where::equals);
        }
    }

    /** The node at a path such as {@code $.roles[0].tasks[1]}. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.substring(1).split("(?=\\.)|(?=\\[)")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step.substring(1));
        }
        return node;
    }

    @Test
    void listsTheSameEnumWords() {
        assertThat(words(schema.at("/$defs/statement/properties/kind/enum"))).containsExactly(
                Stream.of(Statement.Kind.values()).map(PlanJsonWriter::word).toArray(String[]::new));
        assertThat(words(schema.at("/$defs/calendarRule/properties/action/enum"))).containsExactly(
                Stream.of(CalendarRule.Action.values()).map(PlanJsonWriter::word).toArray(String[]::new));
        assertThat(words(schema.at("/$defs/reviewItem/properties/outcome/enum"))).containsExactly(
                Stream.of(ReviewItem.Outcome.values()).map(PlanJsonWriter::word).toArray(String[]::new));
    }

    @Test
    void allowsTheItemReferencesTheModelKnows() {
        Pattern itemRef = Pattern.compile(schema.at("/$defs/itemRef/pattern").asText());
        for (ItemRef.Kind kind : ItemRef.Kind.values()) {
            assertThat(itemRef.matcher(new ItemRef(kind, kind == ItemRef.Kind.ORGANISATION ? "" : "x").toString())
                    .find()).as(kind.word()).isTrue();
        }
        assertThat(itemRef.matcher("rol:x").find()).isFalse();
    }

    private static List<String> words(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(word -> words.add(word.asText()));
        return words;
    }
}
