package webcare.ui.workbench.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutMemoryTest {

    @TempDir
    Path home;

    @Test
    void remembersBoundsViewsAndTheViewInFront() {
        LayoutMemory memory = new LayoutMemory(home.resolve("data/workbench-layout.properties"));
        LayoutMemory.Layout layout = new LayoutMemory.Layout(Optional.of(new LayoutMemory.Bounds(5, 6, 900, 700)),
                true, List.of("welcome", "diagnostics"), "diagnostics");

        memory.save(layout);

        assertThat(memory.load()).isEqualTo(layout);
        assertThat(home.resolve("data/workbench-layout.properties.tmp")).doesNotExist();
    }

    @Test
    void aMissingOrDamagedFileMeansAFirstRun() throws Exception {
        Path file = home.resolve("workbench-layout.properties");
        LayoutMemory memory = new LayoutMemory(file);
        assertThat(memory.load().isFirstRun()).isTrue();

        Files.writeString(file, "window.x=ten\nviews.open=welcome\n");

        assertThat(memory.load()).isEqualTo(LayoutMemory.Layout.firstRun());
    }

    @Test
    void dutchWhenAskedOrWhenTheSystemSpeaksDutchElseEnglish() {
        assertThat(Messages.choose("nl", Locale.US)).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Messages.choose(" en ", Locale.forLanguageTag("nl-NL"))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose("", Locale.forLanguageTag("nl-BE"))).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Messages.choose("", Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageTheWindowDoesNotSpeakCountsAsNoneNotAsEnglish() {
        assertThat(Messages.choose("fr", Locale.forLanguageTag("nl"))).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Messages.choose("nl-BE", Locale.US)).as("the metatype takes nl or en only")
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void textsComeInTheChosenLanguageWithArguments() {
        assertThat(new Messages(Locale.forLanguageTag("nl")).get("status.sources", 2)).isEqualTo("2 actieve bronnen");
        assertThat(new Messages(Locale.ENGLISH).get("status.sources", 1)).isEqualTo("1 active source");
        assertThat(new Messages(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void savingTheLanguageKeepsTheOtherSettingsOfTheFile() throws Exception {
        Path cfg = home.resolve("etc/webcare.ui.workbench.cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "# mine\nother = kept\nlocale = en\n");

        WorkbenchWindow.saveSetting(cfg, "locale", "nl");

        Properties saved = new Properties();
        try (var in = Files.newBufferedReader(cfg)) {
            saved.load(in);
        }
        assertThat(saved).containsEntry("locale", "nl").containsEntry("other", "kept").hasSize(2);
        if (cfg.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg))).as("etc/ holds tokens")
                    .isEqualTo("rw-------");
        }
        try (var files = Files.list(cfg.getParent())) {
            assertThat(files).containsExactly(cfg);
        }
    }
}
