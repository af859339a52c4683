package webcare.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    private static final FailureText DUTCH = new FailureText(Locale.forLanguageTag("nl"));
    private static final FailureText ENGLISH = new FailureText(Locale.ENGLISH);

    @Test
    void saysTheKnownFileFailuresInTheWindowsLanguage() {
        assertThat(DUTCH.detail(new NoSuchFileException("/tmp/plan.json"))).isEqualTo(
                "het bestand /tmp/plan.json bestaat niet");
        assertThat(ENGLISH.detail(new NoSuchFileException("/tmp/plan.json"))).isEqualTo(
                "the file /tmp/plan.json does not exist");
        assertThat(DUTCH.detail(new AccessDeniedException("/tmp/plan.json"))).isEqualTo("geen toegang tot /tmp/plan.json");
        assertThat(DUTCH.detail(new MalformedInputException(1))).isEqualTo("het bestand is geen UTF-8-tekst");
    }

    @Test
    void quotesTheSystemsOwnWordsForAnyOtherFailure() {
        assertThat(DUTCH.detail(new FileSystemException("/data/x.pdf", null, "No space left on device")))
                .isEqualTo("/data/x.pdf: \"No space left on device\"");
        assertThat(DUTCH.detail(new IOException("Broken pipe\n  at the other end"))).isEqualTo(
                "\"Broken pipe at the other end\"");
    }

    @Test
    void neverNamesAJavaClass() {
        assertThat(ENGLISH.detail(new UncheckedIOException(new IOException("Stale file handle"))))
                .isEqualTo("\"Stale file handle\"");
        assertThat(ENGLISH.detail(new IllegalStateException("java.io.IOException: Stale file handle")))
                .isEqualTo("\"Stale file handle\"");
        assertThat(DUTCH.detail(new NullPointerException())).isEqualTo(
                "geen verdere uitleg; het logboek in logs/ zegt misschien meer");
        assertThat(ENGLISH.detail(new RuntimeException(new IllegalStateException()))).isEqualTo(
                "no further detail; the log in logs/ may say more");
    }

    @Test
    void speaksEnglishForAnyLanguageButDutch() {
        assertThat(new FailureText(Locale.GERMAN).detail(new NoSuchFileException("a"))).isEqualTo(
                "the file a does not exist");
    }
}
