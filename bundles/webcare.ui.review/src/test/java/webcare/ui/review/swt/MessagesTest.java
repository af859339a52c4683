package webcare.ui.review.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ItemRef;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.ui.testing.MessagePatterns;
import webcare.ui.testing.ResourceKeyParity;

class MessagesTest {

    @Test
    void everyTextExistsInEnglishAndInDutch() {
        ResourceKeyParity.assertSameKeys("webcare.ui.review.swt.messages", Texts.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void everyTextIsAValidMessageFormatInBothLanguages() {
        MessagePatterns.assertEveryTextIsAPattern("webcare.ui.review.swt.messages", Texts.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
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
