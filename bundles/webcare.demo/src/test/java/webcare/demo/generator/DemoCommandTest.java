package webcare.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;

class DemoCommandTest {

    private final MemoryMentions store = new MemoryMentions();
    private final GeneratedDemoData demo = new GeneratedDemoData(store, store,
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC), GeneratedDemoData.SEED);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String run(String action) {
        bytes.reset();
        DemoCommand.run(demo, action, out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loadPrintsHowManyWereStoredAndTheSecondTimeThatNothingWasAdded() {
        assertThat(run("load")).isEqualTo("Stored " + store.mentions.size()
                + " demo mentions; 'demo remove' takes them away again.\n");
        assertThat(run("load")).isEqualTo("The demo mentions were stored already; nothing added.\n");
    }

    @Test
    void removePrintsHowManyWereRemoved() {
        run("load");
        int stored = store.mentions.size();

        assertThat(run("remove")).isEqualTo("Removed " + stored + " demo mentions.\n");
        assertThat(run("remove")).isEqualTo("Removed 0 demo mentions.\n");
    }

    @Test
    void statusSaysWhetherTheDemoIsLoadedAndTheDatabaseEmpty() {
        assertThat(run("status")).isEqualTo("Demo mentions: not loaded\nDatabase: empty\n");
        run("load");
        assertThat(run("status")).isEqualTo("Demo mentions: loaded\nDatabase: has mentions\n");
    }

    @Test
    void anyOtherActionIsBadUsageNamingTheThree() {
        assertThatThrownBy(() -> run("laod")).isInstanceOf(UsageException.class)
                .hasMessage("unknown action 'laod'; use load, remove or status");
        assertThatThrownBy(() -> run("")).isInstanceOf(UsageException.class);
        assertThat(bytes.size()).isZero();
        assertThat(store.transactions()).isZero();
    }

    @Test
    void aStoreFailureFailsTheCommandWithTheReason() {
        store.lockedFrom(1);

        assertThatThrownBy(() -> run("status")).isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("locked by another process").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> run("load")).isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("Could not store the demo mentions");
    }
}
