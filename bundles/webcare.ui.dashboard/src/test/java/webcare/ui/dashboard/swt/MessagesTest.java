package webcare.ui.dashboard.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.ui.testing.MessagePatterns;
import webcare.ui.testing.ResourceKeyParity;

class MessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void everyTextExistsInEnglishAndInDutch() {
        ResourceKeyParity.assertSameKeys("webcare.ui.dashboard.swt.messages", Words.class.getClassLoader(), DUTCH);
    }

    @Test
    void everyTextIsAValidMessageFormatInBothLanguages() {
        MessagePatterns.assertEveryTextIsAPattern("webcare.ui.dashboard.swt.messages", Words.class.getClassLoader(), DUTCH);
    }

    @Test
    void namesMetricsSourcesAndShares() {
        Words words = new Words(DUTCH);
        assertThat(words.metric("NEGATIVE_SHARE")).isEqualTo("aandeel negatief");
        assertThat(words.value("NEGATIVE_SHARE", 0.623)).isEqualTo("62 %");
        assertThat(words.value("VOLUME", 1234.4)).isEqualTo("1.234");
        assertThat(words.source("all")).isEqualTo("alle bronnen");
        assertThat(words.source("twitter")).isEqualTo("X/Twitter");
    }
}
