package webcare.ui.workbench.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingTest {

    @TempDir
    Path home;

    @Test
    void theSettingNamesTheUser() {
        assertThat(WorkbenchWindow.user("  anna.devries ", "root")).isEqualTo("anna.devries");
        assertThat(WorkbenchWindow.user("Anna de Vries", "root")).isEqualTo("Anna de Vries");
    }

    @Test
    void anEmptySettingFallsBackToTheLogin() {
        assertThat(WorkbenchWindow.user("", "root")).isEqualTo("root");
        assertThat(WorkbenchWindow.user("   ", "anna")).isEqualTo("anna");
    }

    @Test
    void withNeitherTheUserIsUnknownNeverBlank() {
        assertThat(WorkbenchWindow.user("", null)).isEqualTo("unknown");
        assertThat(WorkbenchWindow.user(" ", " ")).isEqualTo("unknown");
    }

    @Test
    void theTeamIsTheUserFirstThenTheSettingsNamesEachOnce() {
        assertThat(WorkbenchWindow.team("anna", " bert , Cees de Boer,,ANNA, bert ,  dirk"))
                .containsExactly("anna", "bert", "Cees de Boer", "dirk");
        assertThat(WorkbenchWindow.team("anna", "")).containsExactly("anna");
        assertThat(WorkbenchWindow.team("anna", " , ")).containsExactly("anna");
    }

    @Test
    void savingTheUserKeepsTheLanguageAndReadsBackWithAccents() throws Exception {
        Path cfg = home.resolve("etc/webcare.ui.workbench.cfg");
        WorkbenchWindow.saveSetting(cfg, "locale", "nl");

        WorkbenchWindow.saveSetting(cfg, "user", "Jos\u00e9 Ba\u00ebz");

        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(cfg, StandardCharsets.UTF_8)) {
            read.load(in);
        }
        assertThat(read.getProperty("locale")).isEqualTo("nl");
        assertThat(read.getProperty("user")).isEqualTo("Jos\u00e9 Ba\u00ebz");
    }

    @Test
    void theDialogSpeaksBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nl")}) {
            Messages messages = new Messages(locale);
            for (String key : new String[] {"menu.view.user", "user.title", "user.save", "user.cancel"}) {
                assertThat(messages.get(key)).as(key).doesNotStartWith("!");
            }
            assertThat(messages.get("user.prompt", "root")).contains("(root)");
        }
        assertThat(new Messages(Locale.forLanguageTag("nl")).get("user.title")).isEqualTo("Uw naam");
    }
}
