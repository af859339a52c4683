package webcare.ui.plan.swt;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.model.plan.ItemRef;
import webcare.plan.api.Finding;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanOutline;

/**
 * The live health check below the form: what would hurt in a crisis, errors in red and warnings
 * in orange; double-click (or Enter) on a finding selects its element.
 */
final class HealthPanel {

    private final Composite panel;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Looks looks;
    private final Label summary;
    private final Table table;

    /** @param open called with a finding's item (an ItemRef text) when the user asks to go there */
    HealthPanel(Composite parent, ResourceBundle texts, Locale locale, Looks looks, Consumer<String> open) {
        this.texts = texts;
        this.locale = locale;
        this.looks = looks;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 6;
        panel.setLayout(layout);
        Label heading = new Label(panel, SWT.NONE);
        heading.setText(texts.getString("health.title"));
        heading.setFont(looks.bold);
        summary = new Label(panel, SWT.NONE);
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryData.widthHint = 100; // fills what is there; never widens the panel
        summary.setLayoutData(summaryData);
        summary.setData(FormBuilder.ID, "plan.health.summary");

        table = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.widthHint = 100;
        tableData.heightHint = 60;
        table.setLayoutData(tableData);
        table.setHeaderVisible(true);
        table.setData(FormBuilder.ID, "plan.health");
        column(texts.getString("health.level"), 120);
        column(texts.getString("health.where"), 220);
        TableColumn message = column(texts.getString("health.message"), 400);
        table.addListener(SWT.Resize, event -> {
            int rest = table.getClientArea().width - table.getColumn(0).getWidth() - table.getColumn(1).getWidth();
            message.setWidth(Math.max(200, rest));
        });
        // long findings do not fit their column: hovering shows the whole line
        table.addListener(SWT.MouseHover, event -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(event.x, event.y));
            table.setToolTipText(item != null && item.getData() instanceof Finding finding
                    ? finding.message() + "  [" + finding.code() + "]" : null);
        });
        table.addListener(SWT.DefaultSelection, event -> {
            if (event.item instanceof TableItem item && item.getData() instanceof Finding finding) {
                open.accept(finding.item());
            }
        });
    }

    private TableColumn column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
        return column;
    }

    Composite control() {
        return panel;
    }

    void show(List<Finding> findings, PlanOutline outline) {
        long errors = findings.stream().filter(finding -> finding.level() == Finding.Level.ERROR).count();
        long warnings = findings.size() - errors;
        summary.setText(findings.isEmpty() ? texts.getString("health.healthy")
                : Messages.format(locale, texts.getString("health.summary"), errors, warnings));
        summary.setForeground(findings.isEmpty() ? looks.ok : errors > 0 ? looks.error : looks.warning);
        table.setRedraw(false);
        try {
            table.removeAll();
            for (Finding finding : findings) {
                TableItem item = new TableItem(table, SWT.NONE);
                boolean error = finding.level() == Finding.Level.ERROR;
                item.setImage(0, error ? looks.errorIcon : looks.warningIcon);
                item.setText(new String[] {texts.getString("health.level." + finding.level()), where(finding, outline),
                    finding.message()});
                item.setForeground(0, error ? looks.error : looks.warning);
                item.setData(finding);
                item.setData(FormBuilder.ID, finding.code() + "@" + finding.item());
            }
        } finally {
            table.setRedraw(true);
        }
        panel.layout(true);
    }

    /** Without a health service: say so, and keep the table empty. */
    void unavailable(String reason) {
        table.removeAll();
        summary.setText(reason);
        summary.setForeground(looks.quiet);
        panel.layout(true);
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
