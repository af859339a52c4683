package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.cli.api.UsageException;
import webcare.cli.testing.GogoShell;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.Query;
import webcare.store.testing.MemoryStore;

/**
 * The commands as Gogo calls them, the way {@code ./webcare --headless} passes arguments (as
 * variables): {@code import} reaches {@code _import}, and the options of {@code mentions} bind.
 */
class GogoCommandsTest {

    private final GogoShell gogo = new GogoShell();

    @AfterEach
    void stop() {
        gogo.close();
    }

    @Test
    void findsImportUnderItsUnderscoreName() {
        MemoryStore store = new MemoryStore();
        gogo.add(new ImportCommand(store, null), "import");

        Throwable thrown = gogo.run("import", "nowhere/mentions.jsonl");

        assertThat(thrown).isInstanceOf(UsageException.class)
                .hasMessage("no file 'nowhere/mentions.jsonl'");
        assertThat(store.transactions()).as("the store is not asked").isZero();
    }

    @Test
    void bindsTheOptionsOfMentionsInAnyOrder() throws Exception {
        List<Query> queries = new ArrayList<>();
        MentionRepository recording = (MentionRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MentionRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forEach")) {
                        queries.add((Query) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        gogo.add(new MentionsCommand(new MemoryStore(), recording), "mentions");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(gogo.run("mentions", "--format", "csv", "--since", "2026-10-25T08:00:00Z",
                    "--source", "twitter")).isNull();
            assertThat(gogo.run("mentions", "--source", "google", "--format", "jsonl")).isNull();
            assertThat(gogo.run("mentions", "--format", "xml")).isInstanceOf(UsageException.class)
                    .hasMessage("--format must be jsonl or csv, not \"xml\"");
            assertThat(gogo.run("mentions", "--since", "gisteren", "--format", "csv"))
                    .isInstanceOf(UsageException.class).hasMessageStartingWith("--since must be");
        } finally {
            System.setOut(standardOut);
        }

        assertThat(queries).containsExactly(
                new Query("twitter", null, Instant.parse("2026-10-25T08:00:00Z"), null),
                new Query("google", null, null, null));
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the CSV header, then nothing: no mentions")
                .startsWith("source,instance,id,").hasLineCount(1);
    }
}
