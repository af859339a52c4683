package webcare.ui.plan.swt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import webcare.model.plan.Plan;
import webcare.plan.api.Change;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;
import webcare.ui.api.DisplayFormats;
import webcare.ui.api.ViewSite;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.FieldChecks;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanServices;

/**
 * The approved versions, and what changed between any two of them or between one and the plan
 * as it is being edited. Versions and plans are read in the background.
 */
final class VersionsPage {

    /** The choice "the plan as you are editing it" in the compare boxes. */
    private static final int WORKING = -1;

    private final ViewSite site;
    private final PlanServices services;
    private final ResourceBundle texts;
    private final Locale locale;
    private final DisplayFormats formats;
    private final Looks looks;
    private final Supplier<Plan> working;
    private final Composite page;
    private final Label summary;
    private final Table versions;
    private final Combo from;
    private final Combo to;
    private final Button compare;
    private final Label result;
    private final Tree differences;
    /** Version numbers behind the compare boxes' items; {@link #WORKING} for the working plan. */
    private final List<Integer> choices = new ArrayList<>();

    VersionsPage(Composite parent, ViewSite site, PlanServices services, ResourceBundle texts, Locale locale,
            Looks looks, Supplier<Plan> working) {
        this.site = site;
        this.services = services;
        this.texts = texts;
        this.locale = locale;
        this.formats = new DisplayFormats(locale, ChangeText.ZONE);
        this.looks = looks;
        this.working = working;
        page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 14;
        layout.marginHeight = 14;
        layout.verticalSpacing = 8;
        page.setLayout(layout);

        heading(texts.getString("versions.title"));
        summary = new Label(page, SWT.WRAP);
        summary.setForeground(looks.quiet);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        versions = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        versions.setHeaderVisible(true);
        versions.setData(FormBuilder.ID, "plan.versions");
        GridData versionsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        versionsData.heightHint = versions.getItemHeight() * 6 + versions.getHeaderHeight();
        versions.setLayoutData(versionsData);
        for (String[] column : new String[][] {{"versions.number", "90"}, {"versions.reviewDate", "140"},
            {"versions.approvedBy", "220"}, {"versions.approvedAt", "180"}}) {
            TableColumn each = new TableColumn(versions, SWT.LEFT);
            each.setText(texts.getString(column[0]));
            each.setWidth(Integer.parseInt(column[1]));
        }

        heading(texts.getString("diff.title"));
        Composite row = new Composite(page, SWT.NONE);
        GridLayout rowLayout = new GridLayout(5, false);
        rowLayout.marginWidth = 0;
        row.setLayout(rowLayout);
        new Label(row, SWT.NONE).setText(texts.getString("diff.compare"));
        from = new Combo(row, SWT.READ_ONLY);
        from.setData(FormBuilder.ID, "plan.diff.from");
        new Label(row, SWT.NONE).setText(texts.getString("diff.with"));
        to = new Combo(row, SWT.READ_ONLY);
        to.setData(FormBuilder.ID, "plan.diff.to");
        compare = new Button(row, SWT.PUSH);
        compare.setText(texts.getString("diff.show"));
        compare.setData(FormBuilder.ID, "plan.diff.compare");
        result = new Label(page, SWT.WRAP);
        result.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        differences = new Tree(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        differences.setHeaderVisible(true);
        differences.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        differences.setData(FormBuilder.ID, "plan.diff");
        TreeColumn what = new TreeColumn(differences, SWT.LEFT);
        what.setText(texts.getString("diff.element"));
        what.setWidth(320);
        TreeColumn change = new TreeColumn(differences, SWT.LEFT);
        change.setText(texts.getString("diff.change"));
        change.setWidth(560);

        versions.addListener(SWT.Selection, event -> {
            int index = versions.getSelectionIndex();
            if (index >= 0) {
                // a version picked in the list is compared with the plan being edited
                from.select(choices.indexOf((Integer) versions.getItem(index).getData()));
                to.select(choices.indexOf(WORKING));
            }
        });
        versions.addListener(SWT.DefaultSelection, event -> compare());
        compare.addListener(SWT.Selection, event -> compare());
    }

    private void heading(String text) {
        Label heading = new Label(page, SWT.NONE);
        heading.setText(text);
        heading.setFont(looks.bold);
    }

    Composite control() {
        return page;
    }

    /** Reads the list of versions again. */
    void refresh() {
        Optional<PlanBook> book = services.book();
        if (book.isEmpty()) {
            summary.setText(texts.getString("service.missing"));
            return;
        }
        site.load(texts.getString("versions.loading"), () -> book.get().versions(locale), this::showVersions);
    }

    private void showVersions(List<PlanVersion> list) {
        if (page.isDisposed()) {
            return; // read for an editor that closed meanwhile
        }
        List<PlanVersion> newestFirst = list.stream()
                .sorted(Comparator.comparingInt(PlanVersion::number).reversed()).toList();
        versions.removeAll();
        choices.clear();
        from.removeAll();
        to.removeAll();
        for (PlanVersion version : newestFirst) {
            TableItem item = new TableItem(versions, SWT.NONE);
            item.setText(new String[] {Integer.toString(version.number()),
                version.reviewDate() == null ? "" : formats.date(version.reviewDate()),
                version.approvedBy() == null ? "" : version.approvedBy(),
                ChangeText.when(version.approvedAt(), locale)});
            item.setData(version.number());
            String name = Messages.format(locale, texts.getString("diff.version"), version.number(),
                    version.reviewDate() == null ? "" : formats.date(version.reviewDate()));
            from.add(name);
            to.add(name);
            choices.add(version.number());
        }
        from.add(texts.getString("diff.working"));
        to.add(texts.getString("diff.working"));
        choices.add(WORKING);
        summary.setText(newestFirst.isEmpty() ? texts.getString("versions.none")
                : Messages.format(locale, texts.getString("versions.summary"), newestFirst.size()));
        from.select(0);
        to.select(choices.size() - 1);
        boolean comparable = !newestFirst.isEmpty();
        from.setEnabled(comparable);
        to.setEnabled(comparable);
        compare.setEnabled(comparable);
        page.layout(true, true);
        if (comparable) {
            compare(); // the newest version against the plan being edited: what the next review will approve
        }
    }

    private void compare() {
        int fromIndex = from.getSelectionIndex();
        int toIndex = to.getSelectionIndex();
        Optional<PlanBook> book = services.book();
        Optional<PlanDiff> diff = services.diff();
        if (fromIndex < 0 || toIndex < 0 || book.isEmpty()) {
            return;
        }
        if (diff.isEmpty()) {
            result.setText(texts.getString("diff.missing"));
            result.setForeground(looks.warning);
            page.layout(true, true);
            return;
        }
        int before = choices.get(fromIndex);
        int after = choices.get(toIndex);
        Plan editing = working.get();
        site.load(texts.getString("diff.loading"), () -> {
            Optional<Plan> older = plan(book.get(), before, editing, locale);
            Optional<Plan> newer = plan(book.get(), after, editing, locale);
            return older.isPresent() && newer.isPresent()
                    ? Optional.of(diff.get().diff(older.get(), newer.get(), locale)) : Optional.<List<Change>>empty();
        }, changes -> showDifferences(changes.orElse(null)));
    }

    /** @param locale the language a version that cannot be read is said in */
    private static Optional<Plan> plan(PlanBook book, int choice, Plan editing, Locale locale) throws PlanException {
        return choice == WORKING ? Optional.ofNullable(editing) : book.version(choice, locale);
    }

    private void showDifferences(List<Change> changes) {
        if (page.isDisposed()) {
            return;
        }
        differences.setRedraw(false);
        try {
            differences.removeAll();
            if (changes == null) {
                result.setText(texts.getString("diff.gone"));
                result.setForeground(looks.warning);
                return;
            }
            result.setText(changes.isEmpty() ? texts.getString("diff.none")
                    : Messages.format(locale, texts.getString("diff.summary"), changes.size()));
            result.setForeground(looks.quiet);
            for (Map.Entry<String, List<Change>> group : ChangeText.byLabel(changes).entrySet()) {
                TreeItem element = new TreeItem(differences, SWT.NONE);
                element.setText(0, group.getKey());
                element.setFont(looks.bold);
                for (Change change : group.getValue()) {
                    TreeItem line = new TreeItem(element, SWT.NONE);
                    line.setText(1, change.text());
                    line.setForeground(1, change.kind() == Change.Kind.REMOVED ? looks.error
                            : change.kind() == Change.Kind.ADDED ? looks.ok : differences.getForeground());
                    line.setData(change);
                }
                element.setExpanded(true);
            }
        } finally {
            differences.setRedraw(true);
            page.layout(true, true);
        }
    }
}
