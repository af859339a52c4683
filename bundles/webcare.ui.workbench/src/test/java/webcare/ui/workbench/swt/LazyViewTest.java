package webcare.ui.workbench.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import webcare.ui.testing.SwtShell;

/** Open views behind the one in front are built when they first come to the front, once. */
class LazyViewTest {

    @TempDir
    Path home;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private WorkbenchUi ui;
    private final List<String> built = new ArrayList<>();

    @BeforeEach
    void rememberThreeOpenViews() throws IOException {
        LastSession.remember(home, "welcome");
    }

    @AfterEach
    void closeWindow() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void onlyTheViewInFrontIsBuiltAtStart() {
        ui = new WorkbenchUi(swt.display(), new QuietHost(home), Locale.ENGLISH,
                List.of(view("welcome", 10), view("inbox", 15), view("sources", 20)));

        assertThat(ui.openViews()).containsExactly("welcome", "inbox", "sources");
        assertThat(built).containsExactly("welcome");
    }

    @Test
    void aViewIsBuiltWhenItComesToTheFrontAndOnlyOnce() {
        ui = new WorkbenchUi(swt.display(), new QuietHost(home), Locale.ENGLISH,
                List.of(view("welcome", 10), view("inbox", 15), view("sources", 20)));

        ui.openView("sources");
        ui.openView("welcome");
        ui.openView("sources");

        assertThat(ui.selectedId()).isEqualTo("sources");
        assertThat(built).containsExactly("welcome", "sources");
    }

    @Test
    void aNewLanguageRebuildsOnlyTheViewInFront() {
        ui = new WorkbenchUi(swt.display(), new QuietHost(home), Locale.ENGLISH,
                List.of(view("welcome", 10), view("inbox", 15), view("sources", 20)));
        ui.openView("inbox");
        built.clear();

        ui.setLocale(Locale.forLanguageTag("nl"));

        assertThat(ui.selectedId()).isEqualTo("inbox");
        assertThat(built).containsExactly("inbox");
    }

    private WorkbenchUi.ViewEntry view(String id, int order) {
        return LastSession.view(id, order, parent -> {
            built.add(id);
            parent.setLayout(new FillLayout());
            new Label(parent, SWT.NONE).setText(id);
        });
    }
}
