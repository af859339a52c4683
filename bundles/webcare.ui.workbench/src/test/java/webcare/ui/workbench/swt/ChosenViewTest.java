package webcare.ui.workbench.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.ui.testing.SwtShell;

/** The view the user had in front comes back in front, however late it or the language arrives. */
class ChosenViewTest {

    @TempDir
    Path home;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private WorkbenchUi ui;

    @BeforeEach
    void rememberSourcesInFront() throws IOException {
        LastSession.remember(home, "sources");
    }

    @AfterEach
    void closeWindow() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theChosenViewComesToTheFrontWhenTheLanguageArrivesBeforeIt() {
        ui = new WorkbenchUi(swt.display(), new QuietHost(home), Locale.ENGLISH, List.of(view("welcome", 10)));
        ui.addView(view("inbox", 15));

        ui.setLocale(Locale.forLanguageTag("nl")); // the settings file is read after the window opened
        assertThat(ui.selectedId()).as("something in front meanwhile").isNotEmpty();
        ui.addView(view("sources", 20));

        assertThat(ui.selectedId()).isEqualTo("sources");
    }

    @Test
    void aViewThatArrivesLaterStillComesToTheFront() {
        ui = new WorkbenchUi(swt.display(), new QuietHost(home), Locale.ENGLISH, List.of(view("welcome", 10)));
        ui.addView(view("inbox", 15));
        assertThat(ui.selectedId()).isEqualTo("welcome");

        ui.addView(view("sources", 20));

        assertThat(ui.selectedId()).isEqualTo("sources");
    }

    private static WorkbenchUi.ViewEntry view(String id, int order) {
        return LastSession.view(id, order, parent -> {
            // an empty page is enough to be in front
        });
    }
}
