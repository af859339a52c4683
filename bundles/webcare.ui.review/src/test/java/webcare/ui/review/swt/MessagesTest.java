package webcare.ui.review.swt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.ui.testing.ResourceKeyParity;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyTextExistsInEnglishAndInDutch() {
        ResourceKeyParity.assertSameKeys("webcare.ui.review.swt.messages", Texts.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void everyTextIsAValidMessageFormatInBothLanguages() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_nl.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(texts.getProperty(key), Locale.ROOT)).as(file + " " + key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void namesEverySectionAndOutcomeInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
            Texts texts = new Texts(locale);
            for (ItemRef.Kind kind : ItemRef.Kind.values()) {
                assertThat(texts.section(kind.word())).as(kind.word()).isNotEqualTo(kind.word());
            }
            for (Outcome outcome : Outcome.values()) {
                assertThat(texts.outcome(outcome)).isNotBlank();
            }
        }
        assertThat(new Texts(Locale.forLanguageTag("nl")).section("scenario")).isEqualTo("Scenario's");
        assertThat(new Texts(Locale.ENGLISH).section("something-new")).isEqualTo("Something-new");
    }

    @Test
    void writesCountsAndDatesTheLocalWay() {
        Texts dutch = new Texts(Locale.forLanguageTag("nl"));
        assertThat(dutch.format("session.counter", 7, 84)).isEqualTo("Onderdeel 7 van 84");
        assertThat(dutch.date(java.time.LocalDate.of(2026, 11, 24))).isEqualTo("24 november 2026");
        assertThat(new Texts(Locale.ENGLISH).format("summary.undecided", 1))
                .startsWith("1 item without a decision");
    }
}
