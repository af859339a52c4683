package webcare.ui.workbench.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.swt.widgets.Composite;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;

/** What a window test starts from: the layout the last session left in home, and views that build little. */
final class LastSession {

    private LastSession() {}

    /**
     * Writes, as the workbench would have, the layout of a session that ended with welcome, inbox and
     * sources open and {@code selected} in front, in an 800×600 window at 0,0.
     */
    static void remember(Path home, String selected) throws IOException {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data").resolve("workbench-layout.properties"), String.join("\n",
                "views.open=welcome,inbox,sources", "views.selected=" + selected, "window.x=0", "window.y=0",
                "window.width=800", "window.height=600", "window.maximized=false", ""));
    }

    /** View {@code id} at {@code order}, its title its id; {@code content} builds its page. */
    static WorkbenchUi.ViewEntry view(String id, int order, Consumer<Composite> content) {
        return new WorkbenchUi.ViewEntry(id, order, false, new WorkbenchView() {
            @Override
            public String title(Locale locale) {
                return id;
            }

            @Override
            public void createContent(Composite parent, ViewSite site) {
                content.accept(parent);
            }
        });
    }
}
