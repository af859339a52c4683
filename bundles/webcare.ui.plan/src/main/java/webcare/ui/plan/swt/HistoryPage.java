package webcare.ui.plan.swt;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanBook;
import webcare.ui.api.ViewSite;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanHistory;
import webcare.ui.plan.model.PlanServices;
import webcare.ui.plan.model.WhoSaved;

/**
 * The audit log, newest first: when (Amsterdam time), who, what, in the window's language (see
 * {@link PlanHistory}: the log itself is English). Read when the tab is shown, off the UI thread.
 */
final class HistoryPage {

    private final ViewSite site;
    private final PlanServices services;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Composite page;
    private final Label summary;
    private final Table table;
    private final Supplier<Plan> plan;

    /** @param plan the plan on screen, whose people name the logins that saved; null while there is none */
    HistoryPage(Composite parent, ViewSite site, PlanServices services, ResourceBundle texts, Locale locale,
            Looks looks, Supplier<Plan> plan) {
        this.site = site;
        this.plan = plan;
        this.services = services;
        this.texts = texts;
        this.locale = locale;
        page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 14;
        page.setLayout(layout);
        Label heading = new Label(page, SWT.NONE);
        heading.setText(texts.getString("history.title"));
        heading.setFont(looks.bold);
        summary = new Label(page, SWT.WRAP);
        summary.setForeground(looks.quiet);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setData(FormBuilder.ID, "plan.audit");
        for (String[] column : new String[][] {{"history.when", "140"}, {"history.who", "150"},
            {"history.action", "120"}, {"history.what", "620"}}) {
            TableColumn each = new TableColumn(table, SWT.LEFT);
            each.setText(texts.getString(column[0]));
            each.setWidth(Integer.parseInt(column[1]));
        }
    }

    Composite control() {
        return page;
    }

    void refresh() {
        Optional<PlanBook> book = services.book();
        if (book.isEmpty()) {
            summary.setText(texts.getString("service.missing"));
            return;
        }
        PlanHistory history = new PlanHistory(book.get(), services.diff(), locale, texts);
        site.load(texts.getString("history.loading"), history::read, this::show);
    }

    private void show(List<PlanHistory.Line> lines) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (PlanHistory.Line line : lines) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {ChangeText.when(line.at(), locale),
                    line.who() == null ? "" : WhoSaved.name(plan.get(), line.who()), action(line.action()),
                    line.what()});
                item.setData(line);
            }
        } finally {
            table.setRedraw(true);
        }
        summary.setText(lines.isEmpty() ? texts.getString("history.none")
                : Messages.format(locale, texts.getString("history.summary"), PlanHistory.EVENTS));
        page.layout(true, true);
    }

    private String action(String action) {
        try {
            return texts.getString("history.action." + action);
        } catch (MissingResourceException e) {
            return action;
        }
    }
}
