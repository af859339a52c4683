package webcare.plan.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.cli.api.UsageException;
import webcare.cli.testing.GogoShell;
import webcare.plan.book.StoredPlanBookAccess;
import webcare.plan.diff.PlanComparison;
import webcare.plan.health.PlanHealthCheck;
import webcare.plan.api.PlanExporter;
import webcare.plan.json.JsonPlanCodec;
import webcare.plan.json.JsonPlanExporter;
import webcare.plan.testing.Fixtures;
import webcare.plan.testing.MemoryPlanStore;

/**
 * The command as Gogo calls it, the way {@code ./webcare --headless} passes arguments (as
 * variables): every word reaches the one varargs method, options included.
 */
class GogoPlanCommandTest {

    @TempDir
    Path dir;

    private final GogoShell gogo = new GogoShell();
    private final MemoryPlanStore store = new MemoryPlanStore();

    @AfterEach
    void stop() {
        gogo.close();
    }

    private Throwable run(String... arguments) {
        return gogo.run("plan", arguments);
    }

    @Test
    void passesEveryWordIncludingOptionsToTheCommand() throws Exception {
        JsonPlanCodec codec = new JsonPlanCodec();
        PlanCommand command = new PlanCommand(StoredPlanBookAccess.book(store, codec), codec, new PlanHealthCheck(),
                new PlanComparison(), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
                ZoneOffset.UTC);
        command.addExporter(new JsonPlanExporter(codec), Map.of(PlanExporter.FORMAT, "json"));
        gogo.add(command, "plan");
        Path in = Files.writeString(dir.resolve("in.json"), Fixtures.text(Fixtures.KORENSCHOOF));
        Path out = dir.resolve("out.json");
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(run("import", in.toString())).isNull();
            assertThat(run("export", "--format", "json", out.toString())).isNull();
            assertThat(run()).isInstanceOf(UsageException.class);
            assertThat(run("check", "--today", "gisteren")).isInstanceOf(UsageException.class)
                    .hasMessageStartingWith("--today must be a date");
        } finally {
            System.setOut(standardOut);
        }

        assertThat(Files.readString(out)).isEqualTo(Fixtures.text(Fixtures.KORENSCHOOF));
    }
}
