package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.cli.api.UsageException;
import webcare.store.api.MentionRepository;
import webcare.store.api.MentionRepository.Query;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.store.api.StoreState;
import webcare.store.api.Transaction;

/**
 * The commands as Gogo calls them, the way {@code ./webcare --headless} passes arguments (as
 * variables): {@code import} reaches {@code _import}, and the options of {@code mentions} bind.
 */
class GogoCommandsTest {

    private final CommandProcessorImpl processor = new CommandProcessorImpl();

    @AfterEach
    void stop() {
        processor.stop();
    }

    /** Runs {@code webcare:NAME $arg1 $arg2 …} and returns what the command threw, if anything. */
    private Throwable run(String name, String... arguments) throws Exception {
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))) {
            StringBuilder line = new StringBuilder("webcare:" + name);
            for (int i = 0; i < arguments.length; i++) {
                session.put("arg" + (i + 1), arguments[i]);
                line.append(" $arg").append(i + 1);
            }
            session.execute(line);
            return null;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause instanceof InvocationTargetException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    @Test
    void findsImportUnderItsUnderscoreName() throws Exception {
        processor.addCommand("webcare", new ImportCommand(failingStore(), null), "import");

        Throwable thrown = run("import", "nowhere/mentions.jsonl");

        assertThat(thrown).isInstanceOf(UsageException.class)
                .hasMessage("no file 'nowhere/mentions.jsonl'");
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
        processor.addCommand("webcare", new MentionsCommand(store(), recording), "mentions");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("mentions", "--format", "csv", "--since", "2026-10-25T08:00:00Z", "--source", "twitter"))
                    .isNull();
            assertThat(run("mentions", "--source", "google", "--format", "jsonl")).isNull();
            assertThat(run("mentions", "--format", "xml")).isInstanceOf(UsageException.class)
                    .hasMessage("--format must be jsonl or csv, not \"xml\"");
            assertThat(run("mentions", "--since", "gisteren", "--format", "csv"))
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

    /** A store that runs the work on a transaction no repository here looks into. */
    private static Store store() {
        return new Store() {
            @Override
            public String location() {
                return "memory";
            }

            @Override
            public StoreState state() {
                return new StoreState.Ready(2);
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                return work.run(new Transaction() {});
            }
        };
    }

    private static Store failingStore() {
        return new Store() {
            @Override
            public String location() {
                return "memory";
            }

            @Override
            public StoreState state() {
                return new StoreState.Opening();
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                throw new StoreException("not expected");
            }
        };
    }
}
