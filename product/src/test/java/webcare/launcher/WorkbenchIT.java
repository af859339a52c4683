package webcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench window under an X display (Xvfb started here when none is set). */
class WorkbenchIT {

    @TempDir
    Path home;

    private Harness harness;

    @AfterEach
    void stopHarness() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    private void startHarness() throws Exception {
        harness = Harness.start(home);
    }

    private String ask(String request) throws Exception {
        return harness.ask(request);
    }

    private String await(String request, Predicate<String> condition, String what) throws Exception {
        return harness.await(request, condition, what);
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
    void theDiagnosticsViewOpenedAtStartSaysEverythingRunsOnceStartUpIsOver() throws Exception {
        Path layout = home.resolve("data/workbench-layout.properties");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "views.open=welcome,diagnostics\nviews.selected=diagnostics\nwindow.x=0\n"
                + "window.y=0\nwindow.width=1000\nwindow.height=700\nwindow.maximized=false\n");

        startHarness();

        await("diagnostics", summary -> summary.matches("diagnostics All \\d+ bundles are running\\."),
                "the view catches up with the bundles that started after it opened");
    }

    @Test
    void theWindowsLanguageIsTheDefaultLocaleSoDatePickersSpeakIt() throws Exception {
        Path cfg = home.resolve("etc/webcare.ui.workbench.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "locale = nl\n");

        startHarness();

        await("locale", answer -> answer.equals("locale nl"), "Dutch is the default locale of the window's JVM");
        Files.writeString(cfg, "locale = en\n");
        await("locale", answer -> answer.equals("locale en"), "a change of language follows");
    }

    @Test
    void aBadSettingIsReportedWithFileAndKeyAndTheWorkbenchKeepsWorking() throws Exception {
        Path cfg = home.resolve("etc/webcare.ui.workbench.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "locale = fr\ncolour = blue\n");

        startHarness();

        String problems = await("settings", settings -> settings.contains("colour"), "both problems are found");
        assertThat(problems).contains("file=etc/webcare.ui.workbench.cfg", "key=locale", "'fr' is not accepted",
                "use one of: nl, en", "key=colour", "unknown setting");
        awaitViews(views -> views.contains("welcome"), "the window works regardless");
        assertThat(Files.readString(home.resolve("logs/webcare.0.log"))).as("the window says what it does instead")
                .contains("etc/webcare.ui.workbench.cfg: locale: 'fr' is not a language of the workbench: use nl or en "
                        + "(the system language is used meanwhile)");

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
        harness.quit();
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
