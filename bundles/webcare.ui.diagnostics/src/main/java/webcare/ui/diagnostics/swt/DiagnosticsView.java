package webcare.ui.diagnostics.swt;

import java.time.Duration;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.diagnostics.api.Diagnostics;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.diagnostics.model.DiagnosticsReport;

/**
 * Every bundle and its state, and what failed, problems first with what to do: the UI face of
 * {@code ./webcare --headless bundles}. It reads the framework again every few seconds (and at
 * once when start-up is over), so a view opened while the product was still starting catches
 * up by itself.
 */
@Component
@ViewPlacement(id = "diagnostics", order = 900)
public final class DiagnosticsView implements WorkbenchView {

    /** Reading bundle and component states is cheap: a few hundred objects. */
    private static final Duration REREAD = Duration.ofSeconds(2);
    private static final String[] COLUMNS = {"id", "bundle", "version", "state", "problem", "todo"};

    private final Diagnostics diagnostics;
    /** What is on screen, for the product test that asks the window whether everything runs. */
    private volatile String summaryShown = "";

    @Activate
    public DiagnosticsView(@Reference Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        ResourceBundle texts = texts(site.locale());
        parent.setLayout(new GridLayout(2, false));
        Label summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(texts.getString("refresh"));

        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String column : COLUMNS) {
            new TableColumn(table, SWT.LEFT).setText(texts.getString("column." + column));
        }

        DiagnosticsReport[] shown = {null};
        Consumer<DiagnosticsReport> showIfChanged = report -> {
            if (!report.equals(shown[0])) {
                shown[0] = report;
                show(report, table, summary, texts);
            }
        };
        Runnable reload = () -> site.load(texts.getString("loading"), this::read, showIfChanged);
        refresh.addListener(SWT.Selection, event -> reload.run());
        table.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.F5) {
                reload.run();
            }
        });
        reload.run();
        site.poll(REREAD, this::read, showIfChanged);
    }

    private DiagnosticsReport read() {
        return DiagnosticsReport.of(diagnostics.bundles(), diagnostics.componentProblems(),
                diagnostics.configurationProblems());
    }

    private void show(DiagnosticsReport report, Table table, Label summary, ResourceBundle texts) {
        table.setRedraw(false);
        table.removeAll();
        for (DiagnosticsReport.Row row : report.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.id(), row.name(), row.detail(), row.state(), row.problem(),
                row.isProblem() ? texts.getString("todo." + row.kind().name()) : ""});
            if (row.isProblem()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.setRedraw(true);
        String text = report.allRunning() ? String.format(texts.getString("summary.ok"), report.bundles())
                : summary(report, texts, texts.getLocale());
        summary.setText(text);
        summary.setForeground(report.allRunning() ? null : table.getDisplay().getSystemColor(SWT.COLOR_RED));
        summary.getParent().layout();
        summaryShown = text;
    }

    /** Only what is wrong, counted: "1 setting was rejected: that row comes first, with what to do." */
    static String summary(DiagnosticsReport report, ResourceBundle texts, Locale locale) {
        List<String> parts = new ArrayList<>();
        long[] counts = {report.bundlesNotRunning(), report.componentProblems(), report.settingProblems()};
        String[] keys = {"summary.bundles", "summary.components", "summary.settings"};
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] > 0) {
                parts.add(new MessageFormat(texts.getString(keys[i]), locale).format(new Object[] {counts[i]}));
            }
        }
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + texts.getString("summary.and")
                        + parts.get(parts.size() - 1);
        long rows = counts[0] + counts[1] + counts[2];
        return listed + new MessageFormat(texts.getString("summary.todo"), locale).format(new Object[] {rows});
    }

    /** The summary line on screen now; empty before the first reading. */
    String summaryShown() {
        return summaryShown;
    }

    static ResourceBundle texts(Locale locale) {
        return WorkbenchView.texts(DiagnosticsView.class, locale);
    }
}
