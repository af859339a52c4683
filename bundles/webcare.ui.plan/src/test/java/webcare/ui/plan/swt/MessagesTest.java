package webcare.ui.plan.swt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import webcare.model.plan.CalendarRule;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Statement;
import webcare.plan.api.Finding;
import webcare.ui.api.WorkbenchView;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanOutline;
import webcare.ui.testing.ResourceKeyParity;

/** Every text exists in English and Dutch, including those whose key the code makes from an enum. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanEditor.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void numbersAreWrittenInTheWindowsLanguageNotTheJvms() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            ResourceBundle dutch = WorkbenchView.texts(PlanEditor.class, Locale.forLanguageTag("nl"));

            assertThat(Messages.format(Locale.forLanguageTag("nl"), dutch.getString("statement.length"), 1000))
                    .isEqualTo("1.000 tekens");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void englishAndDutchHaveTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.ui.plan.swt.messages", PlanEditor.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @ParameterizedTest(name = "keys made from enums exist in \"{0}\"")
    @ValueSource(strings = {"en", "nl"})
    void keysMadeFromEnumsExist(String language) {
        ResourceBundle texts = WorkbenchView.texts(PlanEditor.class, Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        Stream.of(ItemRef.Kind.values()).forEach(kind -> keys.add("kind." + kind.name()));
        Stream.of(PlanOutline.Section.values()).forEach(section -> {
            keys.add("section." + section.name());
            keys.add("section." + section.name() + ".about");
            keys.add("add." + section.kind().name());
        });
        for (String kind : List.of("PERSON", "ROLE", "TASK", "SCENARIO", "ESCALATION", "CALENDAR", "FACT")) {
            keys.add("add." + kind + ".title");
            keys.add("add." + kind + ".label");
            keys.add("add." + kind + ".hint");
        }
        keys.add("add.TASK");
        keys.add("add.STATEMENT");
        Stream.of(Statement.Kind.values()).forEach(kind -> keys.add("statement." + kind));
        Stream.of(CalendarRule.Action.values()).forEach(action -> keys.add("action." + action));
        Stream.of(PlanEdits.How.values()).forEach(how -> keys.add("use." + how));
        Stream.of(Finding.Level.values()).forEach(level -> keys.add("health.level." + level));
        for (int severity = 1; severity <= 4; severity++) {
            keys.add("severity." + severity);
        }
        for (String key : List.of("tool.save", "tool.undo", "tool.redo", "tool.reload", "tool.add", "tool.delete",
                "tool.export")) {
            keys.add(key);
            keys.add(key + ".tooltip");
        }
        keys.addAll(List.of("history.action.save", "history.action.import", "history.action.approve",
                "language.nl", "language.en", "title"));

        assertThat(keys).allSatisfy(key -> assertThat(texts.containsKey(key)).as(key).isTrue());
    }

    @ParameterizedTest(name = "every pattern in \"{0}\" can be formatted")
    @ValueSource(strings = {"messages.properties", "messages_nl.properties"})
    void everyPatternCanBeFormatted(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (text.matches("(?s).*\\{\\d.*")) {
                assertThatCode(() -> MessageFormat.format(text, 1, 2, 3)).as(key).doesNotThrowAnyException();
                // in a pattern a lone apostrophe starts a quote and vanishes: it must be doubled
                assertThat(text.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }
}
