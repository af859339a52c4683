package webcare.ui.diagnostics.swt;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
import webcare.diagnostics.api.BundleStatus;
import webcare.diagnostics.api.ComponentProblem;
import webcare.diagnostics.api.ConfigurationProblem;
import webcare.diagnostics.api.Diagnostics;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;

/** Every bundle and its state, and what failed: the UI face of {@code ./webcare --headless bundles}. */
@Component
@ViewPlacement(id = "diagnostics", order = 900)
public final class DiagnosticsView implements WorkbenchView {

    private final Diagnostics diagnostics;

    @Activate
    public DiagnosticsView(@Reference Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** One reading of the framework, taken off the UI thread. */
    private record Snapshot(List<BundleStatus> bundles, List<ComponentProblem> problems,
            List<ConfigurationProblem> settings) {}

    @Override
    public void createContent(Composite parent, ViewSite site) {
        ResourceBundle texts = texts(site.locale());
        parent.setLayout(new GridLayout(2, false));
        Label summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(texts.getString("refresh"));

        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String column : new String[] {"id", "bundle", "version", "state", "problem"}) {
            new TableColumn(table, SWT.LEFT).setText(texts.getString("column." + column));
        }

        Runnable reload = () -> site.load(texts.getString("loading"),
                () -> new Snapshot(diagnostics.bundles(), diagnostics.componentProblems(),
                        diagnostics.configurationProblems()),
                snapshot -> show(snapshot, table, summary, texts));
        refresh.addListener(SWT.Selection, event -> reload.run());
        table.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.F5) {
                reload.run();
            }
        });
        reload.run();
    }

    private static void show(Snapshot snapshot, Table table, Label summary, ResourceBundle texts) {
        table.removeAll();
        for (BundleStatus bundle : snapshot.bundles()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {Long.toString(bundle.id()), bundle.symbolicName(), bundle.version(),
                bundle.state() + (bundle.fragment() ? " (fragment)" : ""), bundle.problem()});
            if (!bundle.healthy()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        for (ComponentProblem problem : snapshot.problems()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {"", problem.component(), "", problem.bundle(), problem.problem()});
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        for (ConfigurationProblem setting : snapshot.settings()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {"", setting.file(), setting.key(), "", setting.problem()});
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        long unhealthy = snapshot.bundles().stream().filter(bundle -> !bundle.healthy()).count();
        summary.setText(unhealthy == 0 && snapshot.problems().isEmpty() && snapshot.settings().isEmpty()
                ? String.format(texts.getString("summary.ok"), snapshot.bundles().size())
                : String.format(texts.getString("summary.problems"), unhealthy, snapshot.problems().size(),
                        snapshot.settings().size()));
        summary.getParent().layout();
    }

    private static ResourceBundle texts(Locale locale) {
        return WorkbenchView.texts(DiagnosticsView.class, locale);
    }
}
