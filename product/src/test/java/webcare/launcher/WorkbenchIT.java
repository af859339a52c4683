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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench window under an X display (Xvfb started here when none is set). */
class WorkbenchIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private Process harness;
    private PrintWriter toHarness;
    private BufferedReader fromHarness;

    @AfterEach
    void stopHarness() throws Exception {
        if (harness != null) {
            if (harness.isAlive()) {
                toHarness.println("quit");
                toHarness.flush();
            }
            if (!harness.waitFor(20, TimeUnit.SECONDS)) {
                harness.destroyForcibly();
            }
        }
    }

    private void startHarness() throws Exception {
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
        builder.redirectError(home.resolve("harness.err").toFile());
        Files.createDirectories(home);
        harness = builder.start();
        toHarness = new PrintWriter(harness.getOutputStream(), true, StandardCharsets.UTF_8);
        fromHarness = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8));
        assertThat(fromHarness.readLine()).as("harness stderr: %s", stderr()).isEqualTo("started");
    }

    private String stderr() {
        try {
            return Files.readString(home.resolve("harness.err"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private String ask(String request) throws Exception {
        toHarness.println(request);
        String answer = fromHarness.readLine();
        assertThat(answer).as("answer to %s; harness stderr: %s", request, stderr()).isNotNull();
        return answer;
    }

    /** Asks {@code request} until the answer satisfies {@code condition}, or fails at the deadline. */
    private String await(String request, Predicate<String> condition, String what) throws Exception {
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

    private List<String> awaitViews(Predicate<List<String>> condition, String what) throws Exception {
        String answer = await("views", views -> condition.test(viewList(views)), what);
        return viewList(answer);
    }

    private static List<String> viewList(String answer) {
        String ids = answer.substring("views ".length());
        return ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }

    @Test
    void aViewAppearsDisappearsAndReturnsWithItsBundleWhileTheWindowStaysOpen() throws Exception {
        startHarness();

        awaitViews(views -> views.contains("welcome"), "the welcome view opens on a first run");
        assertThat(ask("stop webcare.ui.welcome")).isEqualTo("stopped");
        awaitViews(views -> !views.contains("welcome"), "the welcome view goes with its bundle");
        assertThat(ask("start webcare.ui.welcome")).isEqualTo("started");
        awaitViews(views -> views.contains("welcome"), "the welcome view returns with its bundle");

        assertThat(ask("services")).contains("webcare.store.api.Store", "webcare.diagnostics.api.Diagnostics",
                "webcare.launch.api.Launch", "org.apache.felix.service.command.CommandProcessor",
                "org.osgi.service.cm.ConfigurationAdmin", "org.osgi.service.component.runtime.ServiceComponentRuntime",
                "webcare.ui.api.WorkbenchView", "webcare.ui.workbench.swt.WorkbenchWindow");
        String bundles = ask("bundles").substring("bundles ".length());
        assertThat(bundles.split(",")).hasSizeGreaterThan(20).allSatisfy(bundle -> assertThat(bundle)
                // 32 = ACTIVE; the SWT fragment is RESOLVED (4): fragments never start
                .matches(".*=32|org\\.eclipse\\.swt\\.gtk\\.linux\\.x86_64=4"));
    }

    @Test
    void aBadSettingIsReportedWithFileAndKeyAndTheWorkbenchKeepsWorking() throws Exception {
        Path cfg = home.resolve("etc/webcare.ui.workbench.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "locale = fr\ncolour = blue\n");

        startHarness();

        String problems = await("settings", settings -> settings.contains("colour"), "both problems are found");
        assertThat(problems).contains("file=" + cfg, "key=locale", "'fr' is not accepted", "use one of: nl, en",
                "key=colour", "unknown setting");
        awaitViews(views -> views.contains("welcome"), "the window works regardless");

        Files.writeString(cfg, "locale = nl\n");
        await("settings", settings -> settings.equals("settings []"), "the problems go once the file is fixed");
    }

    @Test
    void theLayoutIsRememberedBetweenRuns() throws Exception {
        Path layout = home.resolve("data/workbench-layout.properties");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "window.x=10\nwindow.y=20\nwindow.width=900\nwindow.height=640\n"
                + "window.maximized=false\nviews.open=diagnostics,no-such-view\nviews.selected=diagnostics\n");

        startHarness();

        awaitViews(views -> views.equals(List.of("diagnostics")), "only the remembered view opens");
        ask("quit");
        harness.waitFor(20, TimeUnit.SECONDS);
        Properties saved = new Properties();
        try (var in = Files.newBufferedReader(layout)) {
            saved.load(in);
        }
        assertThat(saved.getProperty("views.open")).isEqualTo("diagnostics,no-such-view");
        assertThat(saved.getProperty("views.selected")).isEqualTo("diagnostics");
        assertThat(saved.getProperty("window.width")).isEqualTo("900");
    }

    @Test
    void screenshotWritesAPngOfTheWholeWindowAndExitsZero() throws Exception {
        Path png = home.resolve("shots/workbench.png");

        Product.Run run = Product.run(home, Product.distribution(), Map.of("DISPLAY", XvfbDisplay.get()),
                "--screenshot", png.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        int width = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt();
        assertThat(width).isGreaterThan(600);
        assertThat(height).isGreaterThan(400);
        assertThat(Files.readString(home.resolve("data/workbench-layout.properties"))).contains("views.open=welcome");
    }
}
