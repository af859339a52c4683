package webcare.ui.plan.swt;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Where the selected element's form goes: a scrolled area, laid out at its own width so long texts
 * wrap instead of widening it. Shows one line of text instead while loading, or when the plan
 * cannot be read. UI thread only.
 */
final class FormArea {

    private final ScrolledComposite scroller;
    private final Composite body;
    private FormBuilder form;

    FormArea(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        body.setData(FormBuilder.ID, "plan.form");
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, event -> fit());
    }

    /** Whether a form is shown (not a message). */
    boolean showsForm() {
        return form != null;
    }

    /** Builds the form of the element with {@code key}. */
    void show(FormContext context, String key) {
        body.setRedraw(false);
        try {
            clear();
            form = new FormBuilder(body, context, key, this::fit);
            PlanForms.build(form, context, key);
            fit();
            scroller.setOrigin(0, 0);
        } finally {
            body.setRedraw(true);
        }
    }

    /** Shows one line of text where the form goes. */
    void message(String text) {
        clear();
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 14;
        body.setLayout(layout);
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        label.setData(FormBuilder.ID, "plan.form.message");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        label.setLayoutData(data);
        fit();
    }

    private void clear() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        form = null;
    }

    /** Lays the form out at the scroller's width, so long texts wrap instead of widening it. */
    private void fit() {
        Rectangle area = scroller.getClientArea();
        if (area.width > 0) {
            scroller.setMinSize(body.computeSize(area.width, SWT.DEFAULT));
            body.layout(true, true);
        }
    }

    int scrollTop() {
        return scroller.getOrigin().y;
    }

    void scrollTo(int top) {
        scroller.setOrigin(0, top);
    }

    /** The fields whose text does not pass their check; empty when there are none or no form. */
    List<String> problemFields() {
        return form != null && form.hasProblems() ? form.problemFields() : List.of();
    }

    Optional<Control> field(String id) {
        return form == null ? Optional.empty() : form.control(id);
    }

    /** The id of the form field with the focus; null when the focus is elsewhere. */
    String focusedId() {
        Control focus = body.getDisplay().getFocusControl();
        return focus != null && EditorSite.within(focus, body) ? (String) focus.getData(FormBuilder.ID) : null;
    }

    void focus(String id) {
        if (id != null && form != null) {
            form.controls().entrySet().stream().filter(entry -> id.equals(entry.getKey())).findFirst()
                    .ifPresent(entry -> entry.getValue().setFocus());
        }
    }

    Control control() {
        return scroller;
    }
}
