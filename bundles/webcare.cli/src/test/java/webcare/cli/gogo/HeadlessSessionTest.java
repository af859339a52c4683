package webcare.cli.gogo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import webcare.cli.api.CommandFailedException;
import webcare.cli.api.UsageException;

class HeadlessSessionTest {

    /** A command with each kind of ending, recording what it was given. */
    public static final class Sample {
        final List<String> received = new ArrayList<>();

        @Descriptor("echo one argument")
        public void echo(@Descriptor("text") String text) {
            received.add(text);
        }

        public void check() {
            throw new CommandFailedException("2 findings");
        }

        public void strict(String value) {
            throw new UsageException("value must be a date like 2026-10-25, not '" + value + "'");
        }

        public void broken() {
            throw new IllegalStateException("disk full\nat line two");
        }
    }

    private final CommandProcessorImpl processor = new CommandProcessorImpl();
    private final Sample sample = new Sample();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    HeadlessSessionTest() {
        for (String function : List.of("echo", "check", "strict", "broken")) {
            processor.addCommand("webcare", sample, function);
        }
    }

    @AfterEach
    void stop() {
        processor.stop();
    }

    private int run(String... arguments) {
        return HeadlessSession.run(processor, name -> Usage.of(Sample.class, name), List.of(arguments),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passesArgumentsThroughUnchangedEvenWithQuotesSpacesAndDollars() {
        assertThat(run("echo", "it's a \"$HOME\" {x}; echo y")).isZero();
        assertThat(sample.received).containsExactly("it's a \"$HOME\" {x}; echo y");
        assertThat(err()).isEmpty();
    }

    @Test
    void exitsOneWhenTheCommandReportsFindings() {
        assertThat(run("check")).isEqualTo(1);
        assertThat(err()).isEqualTo("webcare check: 2 findings" + System.lineSeparator());
    }

    @Test
    void exitsTwoWithOneLineForAnUnknownCommand() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).startsWith("webcare: unknown command 'frobnicate'").hasLineCount(1);
    }

    @Test
    void exitsTwoForACommandOfAnotherScope() {
        processor.addCommand("felix", sample, "echo");
        assertThat(run("felix:echo", "x")).isEqualTo(2);
        assertThat(sample.received).isEmpty();
    }

    @Test
    void exitsTwoWhenNoCommandIsGiven() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("no command given").hasLineCount(1);
    }

    @Test
    void namesTheMissingArgumentAndTheUsageInsteadOfGogosCoercionMessage() {
        assertThat(run("echo")).isEqualTo(2);
        assertThat(err()).isEqualTo("webcare echo: missing argument <text> — usage: echo <text>"
                + System.lineSeparator());
    }

    @Test
    void saysHowManyArgumentsTooManyWereGiven() {
        assertThat(run("echo", "a", "b", "c")).isEqualTo(2);
        assertThat(err()).isEqualTo("webcare echo: too many arguments (3 given, 1 expected) — usage: echo <text>"
                + System.lineSeparator());
    }

    @Test
    void saysACommandWithoutParametersTakesNoArguments() {
        assertThat(run("check", "now")).isEqualTo(2);
        assertThat(err()).isEqualTo("webcare check: takes no arguments — usage: check" + System.lineSeparator());
    }

    @Test
    void showsTheUsageWhenOptionsLeaveTheNumberOfArgumentsOpen() {
        assertThat(HeadlessSession.wrongArguments(Usage.of(Keyword.class, "import"), 1))
                .isEqualTo("these arguments do not fit — usage: import [--dry DRY] <file>");
    }

    @Test
    void exitsTwoWithTheCommandsOwnUsageMessage() {
        assertThat(run("strict", "yesterday")).isEqualTo(2);
        assertThat(err()).isEqualTo("webcare strict: value must be a date like 2026-10-25, not 'yesterday'"
                + System.lineSeparator());
    }

    @Test
    void exitsOneWithTheFirstLineOfAnUnexpectedFailure() {
        assertThat(run("broken")).isEqualTo(1);
        assertThat(err()).isEqualTo("webcare broken: failed: disk full (details in the log)" + System.lineSeparator());
    }

    @Test
    void helpDescribesParametersFromTheirDescriptors() {
        assertThat(Usage.of(Sample.class, "echo")).singleElement()
                .satisfies(usage -> assertThat(usage.line()).isEqualTo("echo <text>"))
                .satisfies(usage -> assertThat(usage.description()).isEqualTo("echo one argument"));
    }

    @Test
    void helpFindsKeywordCommandsUnderTheirUnderscoreAndShowsOptionsInBrackets() {
        assertThat(Usage.of(Keyword.class, "import")).singleElement()
                .satisfies(usage -> assertThat(usage.line()).isEqualTo("import [--dry DRY] <file>"))
                .satisfies(usage -> assertThat(usage.description()).isEqualTo("import a file"));
    }

    public static final class Keyword {
        @Descriptor("import a file")
        public void _import(@Descriptor("--dry DRY") @org.apache.felix.service.command.Parameter(names = "--dry",
                absentValue = "") String dry, @Descriptor("file") String file) {
            // only described, never called
        }
    }
}
