package webcare.ui.themes.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.ui.api.Shortcut;
import webcare.ui.testing.MessagePatterns;
import webcare.ui.testing.ResourceKeyParity;
import webcare.ui.themes.model.Period;

class MessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void everyTextExistsInEnglishAndInDutch() {
        ResourceKeyParity.assertSameKeys("webcare.ui.themes.swt.messages", Words.class.getClassLoader(), DUTCH);
    }

    @Test
    void everyTextIsAValidMessageFormatInBothLanguages() {
        MessagePatterns.assertEveryTextIsAPattern("webcare.ui.themes.swt.messages", Words.class.getClassLoader(),
                DUTCH);
    }

    @Test
    void namesEveryPeriodAndWritesGrowthTheLocalWay() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, DUTCH}) {
            Words words = new Words(locale);
            for (Period period : Period.values()) {
                assertThat(words.period(period)).isNotBlank();
            }
        }
        assertThat(new Words(DUTCH).growth(Math.log(3.5))).isEqualTo("\u00d7 3,5");
        assertThat(new Words(Locale.ENGLISH).growth(0)).isEqualTo("\u00d7 1.0");
        assertThat(new Words(DUTCH).count(4000)).isEqualTo("4.000");
    }

    @Test
    void theKeysListNamesTheMnemonicsOfEachLanguage() {
        assertThat(new ThemesView(null).shortcuts(DUTCH)).extracting(Shortcut::keys)
                .containsExactly("F5", "Alt+P", "Alt+B", "\u2191 \u2193");
        assertThat(new ThemesView(null).shortcuts(Locale.ENGLISH)).extracting(Shortcut::keys)
                .containsExactly("F5", "Alt+P", "Alt+S", "\u2191 \u2193");
    }
}
