package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.store.api.Store;
import webcare.store.api.StoreException;

/**
 * The commands as Gogo calls them, the way {@code ./webcare --headless} passes arguments (as
 * variables): {@code import} reaches {@code _import}, and the options of {@code mentions} bind.
 */
class GogoCommandsTest {

    private final CommandProcessorImpl processor = new CommandProcessorImpl();
    private final List<String> calls = new ArrayList<>();

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

        assertThat(thrown).isInstanceOf(webcare.cli.api.UsageException.class)
                .hasMessage("no file 'nowhere/mentions.jsonl'");
    }

    @Test
    void bindsTheOptionsOfMentionsInAnyOrder() throws Exception {
        processor.addCommand("webcare", new MentionsCommand(recordingStore(), null), "mentions");

        assertThat(run("mentions", "--format", "csv", "--since", "2026-10-25T08:00:00Z", "--source", "twitter"))
                .hasMessage("recorded");
        assertThat(run("mentions", "--source", "google", "--format", "jsonl")).hasMessage("recorded");
        assertThat(run("mentions", "--format", "xml")).isInstanceOf(webcare.cli.api.UsageException.class)
                .hasMessage("--format must be jsonl or csv, not \"xml\"");
        assertThat(run("mentions", "--since", "gisteren", "--format", "csv"))
                .isInstanceOf(webcare.cli.api.UsageException.class).hasMessageStartingWith("--since must be");
        assertThat(calls).hasSize(2);
    }

    private Store recordingStore() {
        return new Store() {
            @Override
            public String location() {
                return "memory";
            }

            @Override
            public webcare.store.api.StoreState state() {
                return new webcare.store.api.StoreState.Ready(2);
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                calls.add("transaction");
                throw new StoreException("recorded");
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
            public webcare.store.api.StoreState state() {
                return new webcare.store.api.StoreState.Opening();
            }

            @Override
            public <T> T inTransaction(Work<T> work) throws StoreException {
                throw new StoreException("not expected");
            }
        };
    }
}
