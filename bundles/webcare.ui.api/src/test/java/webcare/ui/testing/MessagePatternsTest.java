package webcare.ui.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagePatternsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final ClassLoader LOADER = MessagePatternsTest.class.getClassLoader();

    @Test
    void passesWhenEveryTextIsAPattern() {
        assertThatCode(() -> MessagePatterns.assertEveryTextIsAPattern("webcare.ui.testing.texts.same", LOADER, DUTCH))
                .doesNotThrowAnyException();
        assertThatCode(() -> MessagePatterns.assertEveryTextIsAPattern("webcare.ui.testing.texts.patterns", LOADER))
                .as("the base file alone").doesNotThrowAnyException();
    }

    @Test
    void namesTheFileAndKeyOfATextThatIsNoPattern() {
        assertThatThrownBy(() -> MessagePatterns.assertEveryTextIsAPattern("webcare.ui.testing.texts.patterns",
                LOADER, DUTCH)).isInstanceOf(AssertionError.class)
                .hasMessage("webcare/ui/testing/texts/patterns_nl.properties quoted: Unmatched braces in the pattern.");
    }

    @Test
    void failsWhenALanguageHasNoFile() {
        assertThatThrownBy(() -> MessagePatterns.assertEveryTextIsAPattern("webcare.ui.testing.texts.untranslated",
                LOADER, DUTCH)).isInstanceOf(AssertionError.class)
                .hasMessage("no webcare/ui/testing/texts/untranslated_nl.properties on the class path");
    }
}
