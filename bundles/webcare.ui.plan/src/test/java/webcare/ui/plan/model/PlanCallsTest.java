package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanNote;
import webcare.plan.api.PlanRead;
import webcare.plan.api.WorkingPlan;
import webcare.plan.testing.UnusedPlanBook;

/** A Dutch window asks the plan services in Dutch and says their failures in Dutch sentences. */
class PlanCallsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("webcare.ui.plan.swt.messages", locale, PlanCallsTest.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** What the editor shows: its own sentence around the outcome's message. */
    private static String shown(Locale locale, String key, String message) {
        return Messages.format(locale, texts(locale).getString(key), message);
    }

    private final PlanCalls dutch = new PlanCalls(texts(DUTCH), DUTCH);

    @Test
    void savesInTheWindowsLanguageSoARefusalComesInIt() {
        FailingBook book = new FailingBook(new PlanChangedException("het plan is intussen gewijzigd door anna",
                new WorkingPlan(SamplePlan.dutch(), 4, null, "anna"), List.of()));

        SaveOutcome outcome = dutch.save(book, SamplePlan.dutch(), 3, "piet");

        assertThat(book.askedIn).isEqualTo(DUTCH);
        assertThat(outcome).isInstanceOf(SaveOutcome.Changed.class);
    }

    @Test
    void saysALowLevelSaveFailureInADutchSentenceWithTheCauseQuoted() {
        FailingBook book = new FailingBook(new UncheckedIOException(new IOException("No space left on device")));

        SaveOutcome outcome = dutch.save(book, SamplePlan.dutch(), 3, "piet");

        assertThat(outcome).isInstanceOf(SaveOutcome.Failed.class);
        assertThat(shown(DUTCH, "save.failed", ((SaveOutcome.Failed) outcome).message()))
                .isEqualTo("Het plan is niet opgeslagen: \"No space left on device\"")
                .doesNotContain("Exception");
    }

    @Test
    void passesOnAServicesSentenceAsItIs() {
        FailingBook book = new FailingBook(new PlanException("het plan kon niet worden gelezen of opgeslagen in de "
                + "database (\"disk full\"): probeer het opnieuw"));

        SaveOutcome outcome = dutch.replace(book, SamplePlan.dutch(), "piet");

        assertThat(book.askedIn).isEqualTo(DUTCH);
        assertThat(((SaveOutcome.Failed) outcome).message()).isEqualTo("het plan kon niet worden gelezen of "
                + "opgeslagen in de database (\"disk full\"): probeer het opnieuw");
    }

    @Test
    void readsAPlanFileInTheWindowsLanguageKeepingItsNotes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.json"), "{}");
        LanguageCodec codec = new LanguageCodec();

        ImportRead read = dutch.read(codec, file);

        assertThat(codec.askedIn).isEqualTo(DUTCH);
        assertThat(read).isEqualTo(new ImportRead.Parsed(SamplePlan.dutch(), List.of(new PlanNote("$",
                "geen formaataanduiding"))));
    }

    @Test
    void saysAMissingOrUnreadableFileInTheWindowsLanguage(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("plan.json"), new byte[] {(byte) 0xC3, (byte) 0x28});
        PlanCalls english = new PlanCalls(texts(Locale.ENGLISH), Locale.ENGLISH);

        assertThat(dutch.read(new LanguageCodec(), dir.resolve("weg.json"))).isEqualTo(new SaveOutcome.Failed(
                "het bestand bestaat niet"));
        assertThat(dutch.read(new LanguageCodec(), binary)).isEqualTo(new SaveOutcome.Failed("het is geen UTF-8-tekst"));
        assertThat(english.read(new LanguageCodec(), dir.resolve("gone.json"))).isEqualTo(new SaveOutcome.Failed(
                "the file does not exist"));
    }

    @Test
    void neverShowsAJavaClassNameForAFailureWithoutWords() {
        assertThat(dutch.problem(new IllegalStateException())).isEqualTo(
                "geen verdere uitleg; het logboek in logs/ zegt misschien meer");
    }

    /** A codec that notes, in the language asked, what it assumed. */
    private static final class LanguageCodec implements PlanCodec {
        Locale askedIn;

        @Override
        public Plan read(String json) {
            throw new AssertionError("the window's language is to be passed");
        }

        @Override
        public PlanRead readWithNotes(String json, Locale language) throws PlanInvalidException {
            askedIn = language;
            return new PlanRead(SamplePlan.dutch(), List.of(new PlanNote("$", language.getLanguage().equals("nl")
                    ? "geen formaataanduiding" : "no format marker")));
        }

        @Override
        public String write(Plan plan) {
            throw new UnsupportedOperationException();
        }
    }

    /** A plan book whose save and replace fail with {@code failure}, noting the language they were asked in. */
    private static final class FailingBook extends UnusedPlanBook {
        private final Exception failure;
        Locale askedIn;

        FailingBook(Exception failure) {
            this.failure = failure;
        }

        private WorkingPlan fail(Locale language) throws PlanException {
            askedIn = language;
            if (failure instanceof PlanException planFailure) {
                throw planFailure;
            }
            throw (RuntimeException) failure;
        }

        @Override
        public WorkingPlan save(Plan plan, long basedOn, String who, Locale language) throws PlanException {
            return fail(language);
        }

        @Override
        public WorkingPlan replace(Plan plan, String who, Locale language) throws PlanException {
            return fail(language);
        }

        @Override
        public WorkingPlan replace(Plan plan, String who) {
            throw new AssertionError("the window's language is to be passed");
        }
    }
}
