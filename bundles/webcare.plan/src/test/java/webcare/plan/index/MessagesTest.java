package webcare.plan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.ui.testing.ResourceKeyParity;

/** The texts of the plan services: the same keys in English and Dutch, each used, each a valid pattern. */
class MessagesTest {

    /** The services' sources, read to see which keys they use. */
    private static final Path SOURCES = Path.of("src/main/java/webcare/plan");
    /** A key in the code: "health.reviewDueSoon", "label.task.unknown". */
    private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    /** Strings in the code shaped like keys that are Java's own names, not texts. */
    private static final Set<String> SYSTEM_PROPERTIES = Set.of("user.name");

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** The sources that speak to people: those that format texts. */
    private static String code() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(text -> text.contains("format(") && text.contains("Texts")).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void englishAndDutchHaveTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.plan.index.messages", Texts.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        String code = code();
        Set<String> keys = load("messages.properties").stringPropertyNames();

        for (String key : keys) {
            // field.NAME is looked up by the JSON name the diff compares: "field." + "deputies"
            String used = key.startsWith("field.") ? key.substring("field.".length()) : key;
            assertThat(code).as("where %s is used", key).contains("\"" + used + "\"");
        }
        Matcher inCode = KEY.matcher(code);
        while (inCode.find()) {
            if (!SYSTEM_PROPERTIES.contains(inCode.group(1))) {
                assertThat(keys).as("the text of %s", inCode.group(1)).contains(inCode.group(1));
            }
        }
    }

    @ParameterizedTest(name = "every text of {0} is a pattern that formats")
    @ValueSource(strings = {"messages.properties", "messages_nl.properties"})
    void everyTextIsAValidPattern(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertThatCode(() -> new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b", "c"}))
                    .as(key).doesNotThrowAnyException();
            // in a pattern a lone quote starts a quoted part and vanishes: it must be written twice
            assertThat(text.replace("''", "")).as(key).doesNotContain("'");
        }
    }

    @Test
    void speaksDutchForEveryDutchLocaleAndEnglishForAnyOther() {
        LocalDate day = LocalDate.of(2026, 10, 5);

        assertThat(Texts.of(Locale.forLanguageTag("nl")).format("none")).isEqualTo("(geen)");
        assertThat(Texts.of(Locale.forLanguageTag("nl-BE")).date(day)).isEqualTo("5 oktober 2026");
        assertThat(Texts.of(Locale.ENGLISH).date(day)).isEqualTo("5 October 2026");
        assertThat(Texts.of(Locale.GERMAN).format("none")).isEqualTo("(none)");
        assertThat(Texts.of(Locale.ROOT).format("unknown", "jan")).isEqualTo("'jan' (not in the plan)");
    }

    @Test
    void speaksEnglishWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl"));
        try {
            assertThat(Texts.of(Locale.ENGLISH).format("none")).isEqualTo("(none)");
        } finally {
            Locale.setDefault(before);
        }
    }
}
