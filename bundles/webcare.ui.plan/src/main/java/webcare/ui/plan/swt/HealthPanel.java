package webcare.ui.plan.swt;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import webcare.model.plan.ItemRef;
import webcare.plan.api.Finding;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanOutline;

/**
 * The live health check below the form: what would hurt in a crisis, one finding a line with its
 * message wrapped at the panel's width, errors in red and warnings in orange; the element's name
 * is a link that selects it. The panel folds down to its heading line (Hide / Show), so a long
 * form gets the room, and stays so while the editor is open. UI thread only.
 */
final class HealthPanel {

    private final SashForm sash;
    private final Composite panel;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Looks looks;
    private final Consumer<String> open;
    private final Composite header;
    private final Label summary;
    private final Button toggle;
    private final ScrolledComposite scroller;
    private final Composite rows;
    private boolean collapsed;
    /** The sash's weights before folding, restored on Show. */
    private int[] unfolded;

    /**
     * @param sash the vertical sash whose last part the panel is; it folds by giving the panel only its heading's height
     * @param open called with a finding's item (an ItemRef text) when the user asks to go there
     */
    HealthPanel(SashForm sash, ResourceBundle texts, Locale locale, Looks looks, Consumer<String> open) {
        this.sash = sash;
        this.texts = texts;
        this.locale = locale;
        this.looks = looks;
        this.open = open;
        panel = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 4;
        layout.verticalSpacing = 4;
        panel.setLayout(layout);

        header = new Composite(panel, SWT.NONE);
        GridLayout headerLayout = new GridLayout(3, false);
        headerLayout.marginWidth = 0;
        headerLayout.marginHeight = 0;
        header.setLayout(headerLayout);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label heading = new Label(header, SWT.NONE);
        heading.setText(texts.getString("health.title"));
        heading.setFont(looks.bold);
        summary = new Label(header, SWT.NONE);
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryData.widthHint = 100; // fills what is there; never widens the panel
        summary.setLayoutData(summaryData);
        summary.setData(FormBuilder.ID, "plan.health.summary");
        toggle = new Button(header, SWT.PUSH | SWT.FLAT);
        toggle.setData(FormBuilder.ID, "plan.health.toggle");
        toggle.addListener(SWT.Selection, event -> collapse(!collapsed));

        scroller = new ScrolledComposite(panel, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setBackground(panel.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        scroller.setBackgroundMode(SWT.INHERIT_FORCE);
        rows = new Composite(scroller, SWT.NONE);
        rows.setData(FormBuilder.ID, "plan.health");
        GridLayout rowsLayout = new GridLayout(3, false);
        rowsLayout.marginWidth = 8;
        rowsLayout.marginHeight = 6;
        rowsLayout.horizontalSpacing = 8;
        rowsLayout.verticalSpacing = 6;
        rows.setLayout(rowsLayout);
        scroller.setContent(rows);
        scroller.addListener(SWT.Resize, event -> fit());
        sash.addListener(SWT.Resize, event -> {
            if (collapsed) {
                fold();
            }
        });
        showToggle();
    }

    Composite control() {
        return panel;
    }

    boolean collapsed() {
        return collapsed;
    }

    /** Folds the panel to its heading line, or unfolds it to the size it had. */
    void collapse(boolean fold) {
        if (fold == collapsed) {
            return;
        }
        collapsed = fold;
        if (fold) {
            unfolded = sash.getWeights();
        }
        ((GridData) scroller.getLayoutData()).exclude = fold;
        scroller.setVisible(!fold);
        if (fold) {
            fold();
        } else if (unfolded != null) {
            sash.setWeights(unfolded);
        }
        showToggle();
        panel.layout(true, true);
    }

    /** Gives the panel just its heading's height; weights are proportions, so this is redone on every resize. */
    private void fold() {
        int total = sash.getClientArea().height;
        int needed = panel.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        if (total > needed) {
            sash.setWeights(total - needed, needed);
        }
    }

    private void showToggle() {
        toggle.setText(texts.getString(collapsed ? "health.show" : "health.hide"));
        toggle.setToolTipText(texts.getString(collapsed ? "health.show.tooltip" : "health.hide.tooltip"));
        header.layout(true);
    }

    void show(List<Finding> findings, PlanOutline outline) {
        long errors = findings.stream().filter(finding -> finding.level() == Finding.Level.ERROR).count();
        long warnings = findings.size() - errors;
        summary.setText(findings.isEmpty() ? texts.getString("health.healthy")
                : Messages.format(locale, texts.getString("health.summary"), errors, warnings));
        summary.setForeground(findings.isEmpty() ? looks.ok : errors > 0 ? looks.error : looks.warning);
        summary.setToolTipText(summary.getText()); // a narrow editor cuts the line
        rows.setRedraw(false);
        try {
            clear();
            for (Finding finding : findings) {
                row(finding, outline);
            }
            fit();
        } finally {
            rows.setRedraw(true);
        }
        header.layout(true);
    }

    private void row(Finding finding, PlanOutline outline) {
        boolean error = finding.level() == Finding.Level.ERROR;
        Label icon = new Label(rows, SWT.NONE);
        icon.setImage(error ? looks.errorIcon : looks.warningIcon);
        icon.setToolTipText(texts.getString("health.level." + finding.level()));
        icon.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
        Link where = new Link(rows, SWT.NONE);
        where.setText("<a>" + where(finding, outline).replace("&", "&&").replace("<", "&lt;") + "</a>");
        where.setToolTipText(texts.getString("health.go"));
        where.setData(FormBuilder.ID, "plan.health.where");
        where.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        where.addListener(SWT.Selection, event -> open.accept(finding.item()));
        Label message = new Label(rows, SWT.WRAP);
        message.setText(finding.message());
        message.setToolTipText("[" + finding.code() + "]");
        message.setData(FormBuilder.ID, "plan.health.message");
        message.setData(finding);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 100; // wraps at the panel's width, never widens it
        message.setLayoutData(messageData);
        message.addListener(SWT.MouseDoubleClick, event -> open.accept(finding.item()));
    }

    /** Without a health service: say so, and show no findings. */
    void unavailable(String reason) {
        clear();
        fit();
        summary.setText(reason);
        summary.setForeground(looks.quiet);
        header.layout(true);
    }

    /** The messages shown, in order (for tests). */
    List<String> messages() {
        return List.of(rows.getChildren()).stream().filter(control -> control.getData() instanceof Finding)
                .map(control -> ((Label) control).getText()).toList();
    }

    private void clear() {
        for (Control child : rows.getChildren()) {
            child.dispose();
        }
    }

    /** Lays the rows out at the scroller's width, so messages wrap instead of running off. */
    private void fit() {
        Rectangle area = scroller.getClientArea();
        if (area.width > 0) {
            scroller.setMinSize(rows.computeSize(area.width, SWT.DEFAULT));
            rows.layout(true, true);
        }
    }

    private String where(Finding finding, PlanOutline outline) {
        try {
            ItemRef ref = ItemRef.parse(finding.item());
            return outline.keyOf(finding.item()).map(key -> outline.describe(ItemRef.parse(key)))
                    .orElse(texts.getString("kind." + ref.kind().name()));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
