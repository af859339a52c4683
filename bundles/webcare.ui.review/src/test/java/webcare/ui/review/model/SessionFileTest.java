package webcare.ui.review.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.ui.testing.ResourceKeyParity;

class SessionFileTest {

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("data").resolve(SessionFile.NAME);
    }

    private static ReviewSession.Snapshot snapshot(String id, long sequence) {
        return new ReviewSession.Snapshot(id, sequence, LocalDate.of(2026, 11, 24), 17, "role:spokesperson",
                List.of("anna-de-vries", "zoe-van-den-berg"),
                Map.of("role:spokesperson", Outcome.FLAGGED), Map.of("role:spokesperson", "Find a second deputy"),
                List.of("anna-de-vries"));
    }

    @Test
    void keepsEverythingOfASessionAcrossWriteAndRead() throws IOException {
        java.util.LinkedHashMap<String, Outcome> decisions = new java.util.LinkedHashMap<>();
        decisions.put("person:zoë", Outcome.CHANGED);
        decisions.put("organisation", Outcome.CONFIRMED);
        decisions.put("role:spokesperson", Outcome.FLAGGED);
        java.util.LinkedHashMap<String, String> notes = new java.util.LinkedHashMap<>();
        notes.put("person:zoë", "Nieuw nummer: +31 6 1111 2222\nE-mail = zoë@voorbeeld.nl");
        notes.put("scenario:data-leak", "  starts with spaces, has a \\ backslash, # and ! and : too\ttab");
        ReviewSession.Snapshot written = new ReviewSession.Snapshot("id-1", 12, LocalDate.of(2026, 11, 24), 17,
                "person:zoë", List.of("zoë", "anna"), decisions, notes, List.of("zoë"));

        new SessionFile(file()).write(written);
        ReviewSession.Snapshot read = new SessionFile(file()).read();

        assertThat(read).isEqualTo(written);
        assertThat(read.decisions().keySet()).containsExactly("person:zoë", "organisation", "role:spokesperson");
        assertThat(read.notes().keySet()).containsExactly("person:zoë", "scenario:data-leak");
    }

    @Test
    void remembersBeingAtTheSummary() throws IOException {
        ReviewSession session = new ReviewSession(LocalDate.of(2026, 11, 24), 3,
                List.of(ReviewSessionTest.item("organisation")));
        session.end();
        new SessionFile(file()).write(session.snapshot());
        assertThat(ReviewSession.resume(new SessionFile(file()).read(), session.agenda()).atEnd()).isTrue();
    }

    @Test
    void isAReadablePropertiesFileWithItsKeysInAFixedOrder() throws IOException {
        new SessionFile(file()).write(snapshot("id-1", 4));

        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);

        assertThat(lines).filteredOn(line -> !line.startsWith("#")).containsExactly(
                "format=1", "id=id-1", "sequence=4", "date=2026-11-24", "basedOn=17", "current=role:spokesperson",
                "participant.0=anna-de-vries", "participant.1=zoe-van-den-berg",
                "item.0.ref=role:spokesperson", "item.0.outcome=FLAGGED", "item.0.note=Find a second deputy",
                "contact.0=anna-de-vries");
    }

    @Test
    void isEmptyWhenNoSessionWasSaved() throws IOException {
        assertThat(new SessionFile(file()).readIfPresent()).isEmpty();
        assertThatThrownBy(() -> new SessionFile(file()).read()).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void refusesAFileThatIsNotASessionSayingWhy() throws IOException {
        Files.createDirectories(file().getParent());
        for (String text : List.of("format=1\nid=x\nsequence=1\nbasedOn=1\n",
                "format=2\nid=x\nsequence=1\ndate=2026-11-24\nbasedOn=1\n",
                "format=1\nid=x\nsequence=1\ndate=24-11-2026\nbasedOn=1\n",
                "format=1\nid=x\nsequence=one\ndate=2026-11-24\nbasedOn=1\n",
                "format=1\nid=x\nsequence=1\ndate=2026-11-24\nbasedOn=1\nitem.0.ref=a\nitem.0.outcome=MAYBE\n",
                "format=1\nid=\\uZZZZ\n")) {
            Files.writeString(file(), text);
            assertThatThrownBy(() -> new SessionFile(file()).read()).as(text).isInstanceOf(IOException.class)
                    .isNotInstanceOf(NoSuchFileException.class).hasMessageContaining(file().toString());
        }
    }

    @Test
    void hasItsTextsInEnglishAndDutchWithTheSameKeys() {
        ResourceKeyParity.assertSameKeys("webcare.ui.review.model.messages", SessionFile.class.getClassLoader(),
                Locale.forLanguageTag("nl"));
    }

    @Test
    void saysWhyAFileIsNotASessionInDutchOrEnglish() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "format=2\nid=x\n");

        SessionFile.NotASession thrown = catchThrowableOfType(SessionFile.NotASession.class,
                () -> new SessionFile(file()).read());

        assertThat(thrown.describe(Locale.forLanguageTag("nl"))).isEqualTo(file()
                + " is geen reviewsessie: formaat 2 is onbekend (verwacht: 1)");
        assertThat(thrown).hasMessage(file() + " is not a review session: format 2 is not known (expected 1)")
                .hasMessage(thrown.describe(Locale.ENGLISH));
    }

    @Test
    void neverGoesBackToAnOlderStateWrittenLater() throws IOException {
        SessionFile sessions = new SessionFile(file());
        assertThat(sessions.write(snapshot("id-1", 5))).isTrue();
        assertThat(sessions.write(snapshot("id-1", 3))).isFalse();
        assertThat(sessions.read().sequence()).isEqualTo(5);
    }

    @Test
    void writesNothingMoreOfASessionOnceItIsApproved() throws IOException {
        SessionFile sessions = new SessionFile(file());
        sessions.write(snapshot("id-1", 5));
        sessions.delete("id-1");
        assertThat(sessions.write(snapshot("id-1", 6))).isFalse();
        assertThat(file()).doesNotExist();

        assertThat(sessions.write(snapshot("id-2", 1))).isTrue();
        assertThat(sessions.read().id()).isEqualTo("id-2");
    }

    @Test
    void forgetsADiscardedSessionAndWhatIsStillBeingWrittenOfIt() throws IOException {
        SessionFile sessions = new SessionFile(file());
        sessions.write(snapshot("id-1", 5));
        sessions.discard("id-1");
        assertThat(file()).doesNotExist();
        assertThat(sessions.write(snapshot("id-1", 9))).isFalse();
        assertThat(file()).doesNotExist();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        SessionFile sessions = new SessionFile(file());
        sessions.write(snapshot("id-1", 1));
        sessions.write(snapshot("id-1", 2));
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }
}
