package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The test side of {@link WorkbenchHarness}: starts it under an X display, asks it, stops it. */
final class Harness implements AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Path home;
    private final Process process;
    private final PrintWriter requests;
    private final BufferedReader answers;

    private Harness(Path home, Process process) {
        this.home = home;
        this.process = process;
        this.requests = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the product in UI mode with {@code home} as WEBCARE_HOME; returns once it runs. */
    static Harness start(Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true",
                "-Dwebcare.dist=" + Product.distribution(),
                // the product's own launcher class path, plus the harness itself
                "-cp", String.join(":", Path.of("target/test-classes").toAbsolutePath().toString(),
                        Product.distribution().resolve("lib/webcare.launcher.jar").toString(),
                        Product.distribution().resolve("lib/org.apache.felix.framework.jar").toString(),
                        Product.distribution().resolve("lib/webcare.launch.api.jar").toString()),
                WorkbenchHarness.class.getName(), home.toString());
        builder.environment().put("DISPLAY", XvfbDisplay.get());
        Files.createDirectories(home);
        builder.redirectError(home.resolve("harness.err").toFile());
        Harness harness = new Harness(home, builder.start());
        assertThat(harness.answers.readLine()).as("harness stderr: %s", harness.stderr()).isEqualTo("started");
        return harness;
    }

    String stderr() {
        try {
            return Files.readString(home.resolve("harness.err"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    String ask(String request) throws Exception {
        requests.println(request);
        String answer = answers.readLine();
        assertThat(answer).as("answer to %s; harness stderr: %s", request, stderr()).isNotNull();
        return answer;
    }

    /** Asks {@code request} until the answer satisfies {@code condition}, or fails at the deadline. */
    String await(String request, Predicate<String> condition, String what) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            String answer = ask(request);
            if (condition.test(answer)) {
                return answer;
            }
            assertThat(Instant.now()).as("%s; %s now answers %s", what, request, answer).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** Asks the product to quit and waits for the process to end. */
    void quit() throws Exception {
        if (process.isAlive()) {
            requests.println("quit");
            requests.flush();
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws Exception {
        quit();
    }
}
