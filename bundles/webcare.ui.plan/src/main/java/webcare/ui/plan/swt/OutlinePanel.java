package webcare.ui.plan.swt;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import webcare.model.plan.Plan;
import webcare.ui.plan.model.PlanOutline;

/**
 * The editor's left side: the search box over the plan's tree. The tree copies a {@link
 * PlanOutline} of the plan as it is now, filtered by the search. UI thread only.
 */
final class OutlinePanel {

    private static final int SEARCH_DELAY_MILLIS = 150;
    /** The outline follows typing after this pause: rebuilding the whole tree per key is too slow for a big plan. */
    private static final int TYPING_DELAY_MILLIS = 300;

    private final EditorSite site;
    private final Supplier<Plan> plan;
    private final Supplier<String> selectedKey;
    private final Composite control;
    private final Text search;
    private final OutlineTree tree;
    private final Runnable searchRefresh = this::refresh;
    private final Runnable typingRefresh = this::refresh;
    private PlanOutline outline;

    /**
     * @param plan        the plan shown; null while there is none
     * @param selectedKey the key of the line to keep selected
     * @param open        shows the form of the line the user chose
     */
    OutlinePanel(Composite parent, EditorSite site, Supplier<Plan> plan, Supplier<String> selectedKey,
            Consumer<String> open) {
        this.site = site;
        this.plan = plan;
        this.selectedKey = selectedKey;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 6;
        layout.marginHeight = 8;
        control.setLayout(layout);
        search = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage(site.text("search.hint"));
        search.setToolTipText(site.text("search.tooltip"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.setData(FormBuilder.ID, "plan.search");
        search.addListener(SWT.Modify, event -> {
            site.display().timerExec(-1, searchRefresh);
            site.display().timerExec(SEARCH_DELAY_MILLIS, searchRefresh);
        });
        tree = new OutlineTree(control, site.looks());
        tree.widget().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.widget().addListener(SWT.Selection, event -> {
            if (event.item instanceof TreeItem item && item.getData() instanceof String key) {
                open.accept(key);
            }
        });
        search.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
                refresh();
                tree.widget().setFocus();
                if (tree.selected().isEmpty()) {
                    tree.firstFound().ifPresent(key -> {
                        tree.select(key);
                        open.accept(key);
                    });
                }
            } else if (event.keyCode == SWT.ESC) {
                search.setText("");
            }
        });
    }

    Composite control() {
        return control;
    }

    OutlineTree tree() {
        return tree;
    }

    /** The outline of the plan as the tree last showed it; made now if the tree has not been filled yet. */
    PlanOutline outline() {
        Plan shown = plan.get();
        if (outline == null && shown != null) {
            outline = new PlanOutline(shown, site.texts(), site.locale());
        }
        return outline;
    }

    /** Fills the tree anew from the plan as it is now. */
    void refresh() {
        Plan shown = plan.get();
        if (shown == null || tree.widget().isDisposed()) {
            return;
        }
        outline = new PlanOutline(shown, site.texts(), site.locale());
        tree.show(outline.nodes(search.getText()), selectedKey.get(), !search.getText().isBlank());
    }

    /** The plan changed by typing in a form: the tree follows after a pause. */
    void refreshAfterTyping() {
        site.display().timerExec(-1, typingRefresh);
        site.display().timerExec(TYPING_DELAY_MILLIS, typingRefresh);
    }

    /** Selects the line with {@code key}, clearing the search first if it hides that line. */
    void reveal(String key) {
        if (!tree.shows(key) && !search.getText().isEmpty()) {
            search.setText("");
            refresh();
        }
        tree.select(key);
    }

    void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    void typeSearch(String text) {
        search.setText(text);
        refresh();
    }

    /** The editor goes: no refresh is left waiting. */
    void close() {
        site.display().timerExec(-1, searchRefresh);
        site.display().timerExec(-1, typingRefresh);
    }
}
