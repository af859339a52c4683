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
        assertThatCode(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.parity.same", LOADER, DUTCH))
                .doesNotThrowAnyException();
    }

    @Test
    void namesTheFileAndTheKeysItLacksAndHasOnOneLine() {
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.parity.differs", LOADER, DUTCH))
                .isInstanceOf(AssertionError.class)
                .hasMessage("webcare/ui/testing/parity/differs_nl.properties lacks [save, undo] of "
                        + "webcare/ui/testing/parity/differs.properties; webcare/ui/testing/parity/differs_nl.properties "
                        + "has [status.closed] that webcare/ui/testing/parity/differs.properties lacks");
    }

    @Test
    void failsWhenALanguageHasNoFile() {
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.parity.untranslated", LOADER,
                DUTCH)).isInstanceOf(AssertionError.class)
                .hasMessage("no webcare/ui/testing/parity/untranslated_nl.properties on the class path");
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.parity.absent", LOADER, DUTCH))
                .isInstanceOf(AssertionError.class)
                .hasMessage("no webcare/ui/testing/parity/absent.properties on the class path");
    }

    @Test
    void wantsALanguageToCompare() {
        assertThatThrownBy(() -> ResourceKeyParity.assertSameKeys("webcare.ui.testing.parity.same", LOADER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
