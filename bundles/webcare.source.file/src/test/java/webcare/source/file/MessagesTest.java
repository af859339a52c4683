package webcare.source.file;

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
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import webcare.ui.testing.ResourceKeyParity;

/** The texts of reading and importing mention files: the same keys in English and Dutch, each used, each valid. */
class MessagesTest {

    /** A key in the code: "field.missing", "import.badLine", "unexpected". */
    private static final Pattern KEY = Pattern.compile("\"((?:field|line|csv|file|import)\\.[a-zA-Z]+|unexpected)\"");

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static String code() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/webcare/source/file"))) {
            return files.map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void englishAndDutchHaveTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.source.file.messages", Texts.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        String code = code();
        Properties texts = load("messages.properties");
        for (String key : texts.stringPropertyNames()) {
            assertThat(code).as("where %s is used", key).contains("\"" + key + "\"");
        }
        Matcher used = KEY.matcher(code);
        while (used.find()) {
            assertThat(texts.stringPropertyNames()).as("the text of %s", used.group(1)).contains(used.group(1));
        }
    }

    @ParameterizedTest(name = "every text of {0} is a pattern that formats")
    @ValueSource(strings = {"messages.properties", "messages_nl.properties"})
    void everyTextIsAValidPattern(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertThatCode(() -> new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b", "c", "d"}))
                    .as(key).doesNotThrowAnyException();
            // in a pattern a lone quote starts a quoted part and vanishes: it must be written twice
            assertThat(text.replace("''", "")).as(key).doesNotContain("'");
        }
    }
}
