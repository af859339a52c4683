package webcare.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding a window's controls by kind and text, on a real display. */
class ControlsTest {

    @RegisterExtension
    final SwtShell swt = new SwtShell();

    @Test
    void findsControlsAtAnyDepthParentsFirst() {
        Shell shell = swt.shell();
        Label top = new Label(shell, SWT.NONE);
        top.setText("3 mentions, filtered by status Open");
        Composite bar = new Composite(shell, SWT.NONE);
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Save");

        assertThat(Controls.below(shell)).containsExactly(top, bar, save);
        assertThat(Controls.find(shell, Button.class, button -> button.getText().equals("Save"))).isSameAs(save);
        assertThat(Controls.label(shell, "filtered by")).isSameAs(top);
        assertThat(Controls.below(bar)).as("the root itself is not below it").containsExactly((Control) save);
    }

    @Test
    void saysWhatKindItDidNotFind() {
        assertThatThrownBy(() -> Controls.label(swt.shell(), "Unsaved"))
                .isInstanceOf(AssertionError.class).hasMessage("no Label like that in the view");
    }
}
