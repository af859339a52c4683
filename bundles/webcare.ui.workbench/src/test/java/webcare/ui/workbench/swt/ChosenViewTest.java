package webcare.ui.workbench.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
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
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data").resolve("workbench-layout.properties"), String.join("\n",
                "views.open=welcome,inbox,sources", "views.selected=sources", "window.x=0", "window.y=0",
                "window.width=800", "window.height=600", "window.maximized=false", ""));
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
        return new WorkbenchUi.ViewEntry(id, order, false, new WorkbenchView() {
            @Override
            public String title(Locale locale) {
                return id;
            }

            @Override
            public void createContent(Composite parent, ViewSite site) {
                // an empty page is enough to be in front
            }
        });
    }
}
