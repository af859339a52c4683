package webcare.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.ui.api.WorkbenchView;

/** The extension the UI bundles' SWT tests get their window from, on a real display. */
class SwtShellTest {

    @RegisterExtension
    final SwtShell swt = new SwtShell();

    @Test
    void pumpsUntilWorkFromAnotherThreadCameBack() {
        AtomicBoolean back = new AtomicBoolean();
        Thread worker = new Thread(() -> swt.display().asyncExec(() -> back.set(true)), "swt-shell-test");
        worker.start();

        swt.pumpUntil(back::get, Duration.ofSeconds(10));

        assertThat(back).isTrue();
    }

    @Test
    void aDeadlinePassedFailsNamingWhatWasAwaited() {
        assertThatThrownBy(() -> swt.pumpUntil("the import's end", () -> false, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the event loop ran for 50 ms and the import's end never held");
    }

    @Test
    void givesOneShellPerTestAndANewOneWhenAskedToOpenAgain() {
        Shell first = swt.shell();
        assertThat(swt.shell()).isSameAs(first);

        Shell second = swt.newShell();

        assertThat(first.isDisposed()).isTrue();
        assertThat(second).isNotSameAs(first);
        assertThat(second.isDisposed()).isFalse();
    }

    @Test
    void showsAViewAsATabOnceItsFirstLoadIsShown() {
        TestSite site = swt.site(Locale.ENGLISH);
        String[] shown = {"not yet"};
        WorkbenchView view = (parent, viewSite) -> {
            Label label = new Label(parent, SWT.NONE);
            viewSite.load("count", () -> "3 mentions", label::setText);
            shown[0] = "built";
        };

        Composite parent = swt.show("Inbox", view, site);

        assertThat(shown[0]).isEqualTo("built");
        assertThat(parent.getShell()).isSameAs(swt.shell());
        assertThat(swt.shell().getText()).isEqualTo("Inbox");
        assertThat(swt.shell().isVisible()).isTrue();
        assertThat(((Label) parent.getChildren()[0]).getText()).isEqualTo("3 mentions");
    }

    @Test
    void afterATestNoShellIsLeftOpenThenSitesAndResourcesCloseTheLastFirst() throws Exception {
        SwtShell other = new SwtShell();
        other.beforeEach(null);
        Shell window = other.shell();
        Shell dialog = new Shell(window);
        Shell elsewhere = new Shell(other.display());
        List<String> closed = new ArrayList<>();
        other.closeAfter(() -> closed.add("store, window " + (window.isDisposed() ? "gone" : "open")));
        TestSite site = other.site(Locale.ENGLISH);
        other.closeAfter(() -> closed.add("given last"));

        other.afterEach(null);

        assertThat(window.isDisposed()).isTrue();
        assertThat(dialog.isDisposed()).isTrue();
        assertThat(elsewhere.isDisposed()).as("a window the code under test opened").isTrue();
        assertThat(closed).containsExactly("given last", "store, window gone");
        assertThatThrownBy(() -> site.load("after the test", () -> 1, any -> { }))
                .as("a closed site takes no more work").isInstanceOf(RejectedExecutionException.class);
    }
}
