package webcare.ui.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResourceKeyParityTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final ClassLoader LOADER = ResourceKeyParityTest.class.getClassLoader();

    @Test
    void passesWhenTheKeysAreTheSameInAnyOrder() {
        assertThatCode(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.texts.same", LOADER, DUTCH))
                .doesNotThrowAnyException();
    }

    @Test
    void namesTheFileAndTheKeysItLacksAndHasOnOneLine() {
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.texts.differs", LOADER, DUTCH))
                .isInstanceOf(AssertionError.class)
                .hasMessage("webcare/ui/testing/texts/differs_nl.properties lacks [save, undo] of "
                        + "webcare/ui/testing/texts/differs.properties; webcare/ui/testing/texts/differs_nl.properties "
                        + "has [status.closed] that webcare/ui/testing/texts/differs.properties lacks");
    }

    @Test
    void failsWhenALanguageHasNoFile() {
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.texts.untranslated", LOADER,
                DUTCH)).isInstanceOf(AssertionError.class)
                .hasMessage("no webcare/ui/testing/texts/untranslated_nl.properties on the class path");
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.texts.absent", LOADER, DUTCH))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no webcare/ui/testing/texts/absent.properties on the class path");
    }

    @Test
    void wantsALanguageToCompare() {
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.texts.same", LOADER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
