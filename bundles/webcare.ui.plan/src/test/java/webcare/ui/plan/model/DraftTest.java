package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftTest {

    @TempDir
    Path home;

    @Test
    void keepsThePlanTextWithTheRevisionItIsBasedOn() throws IOException {
        Draft draft = new Draft(home.resolve("data"));
        Instant kept = Instant.parse("2026-11-24T13:05:00Z");

        draft.write("{\"plan\": true}\n", 42, kept);

        assertThat(draft.file()).isEqualTo(home.resolve("data").resolve("plan-draft.json"));
        assertThat(draft.read()).contains(new Draft.Kept("{\"plan\": true}\n", 42, kept));
    }

    @Test
    void isNothingWhenNoneWasKept() throws IOException {
        assertThat(new Draft(home.resolve("data")).read()).isEmpty();
    }

    @Test
    void aDraftWithoutItsRevisionCountsAsBasedOnNothing() throws IOException {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data").resolve("plan-draft.json"), "{}");

        Draft.Kept kept = new Draft(home.resolve("data")).read().orElseThrow();

        assertThat(kept.basedOn()).isZero();
        assertThat(kept.keptAt()).isNotNull();
    }

    @Test
    void aNewDraftReplacesTheOldOne() throws IOException {
        Draft draft = new Draft(home.resolve("data"));
        draft.write("old", 1, Instant.EPOCH);

        draft.write("new", 2, Instant.EPOCH);

        assertThat(draft.read()).get().extracting(Draft.Kept::json, Draft.Kept::basedOn)
                .containsExactly("new", 2L);
        try (var files = Files.list(home.resolve("data"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactly("plan-draft.json");
        }
    }

    @Test
    void discardingRemovesTheFile() throws IOException {
        Draft draft = new Draft(home.resolve("data"));
        draft.write("{}", 3, Instant.EPOCH);

        draft.discard();
        draft.discard(); // twice is fine

        assertThat(draft.read()).isEmpty();
        try (var files = Files.list(home.resolve("data"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void thePlanAndItsRevisionAreOneFileSoACrashCannotPairThemWrongly() throws IOException {
        Draft draft = new Draft(home.resolve("data"));
        draft.write("old", 1, Instant.EPOCH);
        // a crash after writing the next draft beside, before moving it into place
        Files.writeString(home.resolve("data").resolve(".plan-draft.json.tmp"), "{\"draft\": {\"basedOn\": 2");

        assertThat(draft.read()).get().extracting(Draft.Kept::json, Draft.Kept::basedOn)
                .containsExactly("old", 1L);
    }

    @Test
    void aPlanThatLooksLikeTheWrapperComesBackAsWritten() throws IOException {
        Draft draft = new Draft(home.resolve("data"));
        String tricky = "{\"draft\": {\"basedOn\": 9, \"keptAt\": \"x\"},\n \"plan\": {}\n}\n";

        draft.write(tricky, 4, Instant.EPOCH);

        assertThat(draft.read()).contains(new Draft.Kept(tricky, 4, Instant.EPOCH));
    }
}
