package webcare.cli.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.service.command.CommandSession;
import webcare.cli.api.WebcareCommand;

/**
 * Gogo without a framework, calling commands the way {@code ./webcare --headless} does: every
 * argument travels as a variable ({@code webcare:NAME $arg1 $arg2 …}), so each reaches the command
 * as one word, options included. Close it when done.
 */
public final class GogoShell implements AutoCloseable {

    private final CommandProcessorImpl processor = new CommandProcessorImpl();

    /**
     * Registers {@code command}'s methods named {@code function} (Gogo also finds
     * {@code _function}) in scope {@value WebcareCommand#SCOPE}.
     */
    public void add(Object command, String function) {
        processor.addCommand(WebcareCommand.SCOPE, command, function);
    }

    /**
     * Runs {@code webcare:NAME} with {@code arguments}; returns what it threw (the command's own
     * exception, unwrapped from reflection), or null when it returned.
     */
    public Throwable run(String name, String... arguments) {
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))) {
            StringBuilder line = new StringBuilder(WebcareCommand.SCOPE + ":" + name);
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

    @Override
    public void close() {
        processor.stop();
    }
}
