package webcare.ui.plan.swt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import webcare.launch.testing.HomeLaunch;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanInvalidException;
import webcare.ui.plan.model.Draft;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanServices;
import webcare.ui.plan.model.SamplePlan;
import webcare.ui.testing.SwtShell;
import webcare.ui.testing.TestSite;

/**
 * The editor in a real window with in-memory services, on the display Surefire's java gives it
 * ({@code bundles/ui-test-jvm/bin/java}: a private Xvfb when there is no screen).
 */
class PlanEditorUiTest {

    @TempDir
    Path home;

    @RegisterExtension
    final SwtShell swt = new SwtShell();
    private Shell shell;
    private TestSite site;
    private Fakes.Book book;
    private Fakes.Services services;
    private PlanEditor editor;
    private EditSession kept;

    @BeforeEach
    void open() {
        open(Locale.ENGLISH);
    }

    /** The editor in {@code locale}, on a plan of revision 1 with a few health findings. */
    private void open(Locale locale) {
        open(locale, true);
    }

    private void open(Locale locale, boolean withCodec) {
        book = new Fakes.Book(SamplePlan.dutch(), Clock.fixed(Instant.parse("2026-11-24T13:05:00Z"), ZoneOffset.UTC));
        services = new Fakes.Services(home);
        services.book = book;
        services.health = new Fakes.Health();
        services.diff = new Fakes.Diff();
        services.codec = withCodec ? new Fakes.Codec() : null;
        shell = swt.newShell();
        shell.setSize(1200, 800);
        Composite content = new Composite(shell, SWT.NONE);
        site = swt.site(locale);
        editor = new PlanEditor(content, site, services, null, session -> kept = session);
        shell.open();
        site.settle(PlanEditorPreview.HEALTH_CHECKED);
    }

    /** Closes the editor as the workbench does, for a test that opens another; SwtShell closes the last. */
    private void close() {
        site.close();
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void assigningADeputyMarksThePlanUnsavedAndUndoTakesItBack() {
        editor.select("role:it-security");
        Combo candidates = new Combo(control("plan.field.deputies.candidates"));

        candidates.choose("Anna de Vries");
        press("plan.field.deputies.add");

        assertThat(plan().role("it-security").orElseThrow().deputies()).containsExactly("anna-de-vries");
        assertThat(dirtyText()).contains("Unsaved changes");
        assertThat(site.unsaved()).as("the tab is marked").isTrue();
        assertThat(((org.eclipse.swt.widgets.List) control("plan.field.deputies")).getItems())
                .containsExactly("Anna de Vries");

        editor.undo();

        assertThat(plan().role("it-security").orElseThrow().deputies()).isEmpty();
        assertThat(dirtyText()).doesNotContain("Unsaved");
    }

    @Test
    void savingStoresThePlanAndClearsTheMarker() throws PlanException {
        editor.select("role:it-security");
        new Combo(control("plan.field.deputies.candidates")).choose("Eva Bakker");
        press("plan.field.deputies.add");

        editor.save();
        waitUntil(() -> book.working().revision() == 2);
        site.settle(PlanEditorPreview.HEALTH_CHECKED);

        assertThat(book.working().plan().role("it-security").orElseThrow().deputies()).containsExactly("eva-bakker");
        assertThat(book.working().savedBy()).isEqualTo("manager");
        assertThat(dirtyText()).startsWith("Saved");
        assertThat(site.unsaved()).as("the tab's mark is gone").isFalse();
    }

    @Test
    void theViewSavesUnderTheWorkbenchsUserNotTheComputersLogin() {
        PlanView view = new PlanView(new HomeLaunch(home));
        try (TestSite named = new TestSite(swt.display(), Locale.ENGLISH, "anna-de-vries")) {
            assertThat(view.services(named).user()).isEqualTo("anna-de-vries");
        }
    }

    @Test
    void theHistoryTabOfADutchWindowReadsInDutch() throws PlanException {
        close();
        open(Locale.forLanguageTag("nl"));
        book.saveAsSomeoneElse(PlanEdits.setPrimary(book.working().plan(), "juridisch", "lotte-smit"), "anna.devries");

        editor.showTab(2);
        site.settle();

        org.eclipse.swt.widgets.Table history = (org.eclipse.swt.widgets.Table) control("plan.audit");
        assertThat(history.getItemCount()).isEqualTo(1);
        assertThat(history.getItem(0).getText(1)).as("who, as the plan names them").isEqualTo("Anna de Vries");
        assertThat(history.getItem(0).getText(2)).isEqualTo("Opgeslagen");
        assertThat(history.getItem(0).getText(3)).isEqualTo("Rol Juridisch: primary Mohammed El Amrani \u2192 Lotte Smit");
    }

    @Test
    void typingAnInvalidEmailMarksTheFieldAndWritesNothing() {
        editor.select("person:piet-jansen");

        ((Text) control("plan.field.email")).setText("piet@");

        assertThat(plan().person("piet-jansen").orElseThrow().email()).isEqualTo("piet.jansen@energiek.nl");
        assertThat(((Label) control("plan.form.message")).getText()).startsWith("E-mail:");
        assertThat(dirtyText()).doesNotContain("Unsaved");

        ((Text) control("plan.field.email")).setText("piet@energiek.nl");

        assertThat(plan().person("piet-jansen").orElseThrow().email()).isEqualTo("piet@energiek.nl");
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        editor.select("task:persvragen");
        Text target = (Text) control("plan.field.target");

        target.setText("1");
        target.setText("1u");
        target.setText("1u30");

        assertThat(PlanEdits.findTask(plan(), "persvragen").orElseThrow().targetMinutes()).isEqualTo(90);
        editor.undo();
        assertThat(PlanEdits.findTask(plan(), "persvragen").orElseThrow().targetMinutes()).isNull();
    }

    @Test
    void aSaveAfterSomeoneElsesShowsTheirChangesAndKeepEditingWritesNothing() throws PlanException {
        editor.select("role:it-security");
        new Combo(control("plan.field.deputies.candidates")).choose("Anna de Vries");
        press("plan.field.deputies.add");
        book.saveAsSomeoneElse(PlanEdits.setPrimary(book.working().plan(), "juridisch", "lotte-smit"), "Eva Bakker");
        String[] shown = new String[1];
        answerDialog("plan.conflict", "plan.conflict.keep", dialog -> shown[0] = dialog.getText());

        editor.save();
        waitUntil(() -> shown[0] != null && dirtyText().contains("Eva Bakker"));

        assertThat(book.working().revision()).isEqualTo(2);
        assertThat(book.working().savedBy()).isEqualTo("Eva Bakker");
        assertThat(plan().role("it-security").orElseThrow().deputies()).containsExactly("anna-de-vries");
    }

    @Test
    void aDutchEditorAsksTheServicesInDutchForFindingsAndConflicts() throws PlanException {
        close();
        open(Locale.forLanguageTag("nl"));
        waitUntil(() -> !editor.healthPanel().messages().isEmpty());
        assertThat(editor.healthPanel().messages())
                .contains("Rol IT en security heeft geen vervanger: wijs iemand aan die kan invallen.");

        editor.select("role:it-security");
        new Combo(control("plan.field.deputies.candidates")).choose("Anna de Vries");
        press("plan.field.deputies.add");
        book.saveAsSomeoneElse(PlanEdits.setPrimary(book.working().plan(), "juridisch", "lotte-smit"), "Eva Bakker");
        List<String> shown = new ArrayList<>();
        answerDialog("plan.conflict", "plan.conflict.keep", dialog -> {
            for (TreeItem element : ((Tree) find(dialog, "plan.conflict.changes")).getItems()) {
                shown.add(element.getText());
                Stream.of(element.getItems()).map(TreeItem::getText).forEach(shown::add);
            }
        });

        editor.save();
        waitUntil(() -> !shown.isEmpty());

        assertThat(shown).containsExactly("Rol Juridisch", "primary Mohammed El Amrani \u2192 Lotte Smit");
    }

    @Test
    void closingWithUnsavedChangesKeepsThemForTheNextEditorAndInADraftFile() {
        editor.select("person:piet-jansen");
        ((Text) control("plan.field.function")).setText("Hoofd pers");

        shell.dispose();

        assertThat(kept).isNotNull();
        assertThat(kept.plan().person("piet-jansen").orElseThrow().function()).isEqualTo("Hoofd pers");
        assertThat(home.resolve("data").resolve("plan-draft.json")).exists();
    }

    @Test
    void aDraftThatCouldNotBeOfferedOutlivesAnEditorClosedWithoutEdits() throws java.io.IOException {
        close();
        Draft earlier = new Draft(home.resolve("data"));
        earlier.write("1", 1, Instant.EPOCH);
        open(Locale.ENGLISH, false);

        shell.dispose();

        assertThat(earlier.read()).get().extracting(Draft.Kept::json).isEqualTo("1");
    }

    @Test
    void aSaveThatReturnsAfterTheEditorClosedLeavesTheKeptSessionOnTheNewRevision() throws PlanException {
        editor.select("person:piet-jansen");
        ((Text) control("plan.field.function")).setText("Hoofd pers");

        editor.save();
        shell.dispose();

        assertThat(kept).as("closed while saving: kept as unsaved").isNotNull();
        waitUntil(() -> kept.basedOn() == 2);
        assertThat(book.working().revision()).isEqualTo(2);
        assertThat(kept.dirty()).isFalse();
        assertThat(home.resolve("data").resolve("plan-draft.json")).as("it held only what was saved").doesNotExist();
    }

    @Test
    void ctrlZUndoesAndCtrlYRedoesWhereverTheFocusIsInTheView() {
        editor.select("role:it-security");
        new Combo(control("plan.field.deputies.candidates")).choose("Anna de Vries");
        press("plan.field.deputies.add");
        control("plan.tree").setFocus();

        key(SWT.CTRL, 'z');
        waitUntil(() -> plan().role("it-security").orElseThrow().deputies().isEmpty());
        control("plan.search").setFocus();
        key(SWT.CTRL, 'y');
        waitUntil(() -> !plan().role("it-security").orElseThrow().deputies().isEmpty());
        key(SWT.CTRL, 'f');
        waitUntil(() -> swt.display().getFocusControl() == control("plan.search"));
    }

    @Test
    void theExportMenuOffersTheRegisteredFormatsJsonAmongThemAndNoCodecEntry() {
        ExportMenu exports = new ExportMenu(shell, site, services, editor.texts(), Locale.ENGLISH);
        Menu empty = new Menu(shell, SWT.POP_UP);

        exports.fill(empty, this::plan, () -> false);

        assertThat(Stream.of(empty.getItems()).map(MenuItem::getText))
                .as("a codec alone offers nothing: JSON is an exporter like the others")
                .containsExactly("(no export formats available)");

        services.formats.add(new PlanServices.Format("json", new Fakes.TextExporter()));
        services.formats.add(new PlanServices.Format("txt", new Fakes.TextExporter()));
        Menu menu = new Menu(shell, SWT.POP_UP);

        exports.fill(menu, this::plan, () -> false);

        assertThat(Stream.of(menu.getItems()).map(MenuItem::getText))
                .containsExactly("Plan file (JSON)  (json)", "Plain text summary  (txt)");
    }

    @Test
    void importingAValidPlanFileReplacesTheWorkingPlan() throws Exception {
        Plan imported = PlanEdits.setPrimary(plan(), "juridisch", "lotte-smit");
        Path file = Files.writeString(home.resolve("plan.json"), services.codec.write(imported),
                StandardCharsets.UTF_8);

        editor.importFile(file);
        waitUntil(() -> book.working().revision() == 2 && imported.equals(editor.plan()));
        site.settle();

        assertThat(book.working().plan()).isEqualTo(imported);
        assertThat(book.working().savedBy()).isEqualTo("manager");
        assertThat(dirtyText()).as("shown as stored, not as an edit").doesNotContain("Unsaved");
        editor.undo();
        assertThat(plan()).as("no undo back to the plan before the import").isEqualTo(imported);
    }

    @Test
    void importingAPlanFileWithErrorsListsThemAllAndChangesNothing() throws Exception {
        services.codec = new PlanCodec() {
            @Override
            public Plan read(String json) throws PlanInvalidException {
                throw new PlanInvalidException("2 errors", List.of(new PlanError("$.people[1].phone", "not a number"),
                        new PlanError("$.roles[0].primary", "unknown person: kees")));
            }

            @Override
            public String write(Plan plan) {
                return "{}";
            }
        };
        editor.select("person:piet-jansen");
        ((Text) control("plan.field.function")).setText("Hoofd pers");
        Plan edited = plan();
        Path file = Files.writeString(home.resolve("broken-plan.json"), "{\"people\": []}", StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>();
        answerDialog("plan.importErrors", "plan.importErrors.close", dialog -> {
            shown.add(((Label) find(dialog, "plan.importErrors.heading")).getText());
            shown.addAll(List.of(((org.eclipse.swt.widgets.List) find(dialog, "plan.importErrors.list")).getItems()));
        });

        editor.importFile(file);
        waitUntil(() -> !shown.isEmpty());
        site.settle();

        assertThat(shown.get(0)).contains("broken-plan.json").contains("2 errors");
        assertThat(shown.subList(1, shown.size())).containsExactly("$.people[1].phone: not a number",
                "$.roles[0].primary: unknown person: kees");
        assertThat(book.working().revision()).isEqualTo(1);
        assertThat(plan()).isEqualTo(edited);
        assertThat(dirtyText()).contains("Unsaved changes");
    }

    @Test
    void theToolBarGroupsItsButtonsBetweenSeparators() {
        org.eclipse.swt.widgets.ToolBar toolbar = (org.eclipse.swt.widgets.ToolBar) control("plan.toolbar");

        List<String> items = Stream.of(toolbar.getItems())
                .map(item -> (item.getStyle() & SWT.SEPARATOR) != 0 ? "|" : item.getText()).toList();

        assertThat(String.join(" ", items)).isEqualTo("Save | Undo Redo | Add Delete | Import\u2026 Export | Reload");
    }

    @Test
    void theHealthPanelFoldsToItsHeadingAndUnfoldsAsItWas() {
        HealthPanel health = editor.healthPanel();
        waitUntil(() -> !health.messages().isEmpty());
        int formHeight = editor.formControl().getSize().y;
        Button toggle = (Button) control("plan.health.toggle");
        assertThat(toggle.getText()).isEqualTo("Hide");

        press("plan.health.toggle");
        swt.display().readAndDispatch();

        assertThat(health.collapsed()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Show");
        assertThat(editor.formControl().getSize().y).as("the form gets the room").isGreaterThan(formHeight + 50);
        assertThat(((Label) control("plan.health.summary")).getText()).as("the summary stays in sight")
                .contains("errors");

        press("plan.health.toggle");

        assertThat(health.collapsed()).isFalse();
        assertThat(editor.formControl().getSize().y).isBetween(formHeight - 3, formHeight + 3);
    }

    @Test
    void aPlanApprovedElsewhereIsShownWhenNothingIsUnsaved() throws PlanException {
        Plan approved = PlanEdits.addDeputy(book.working().plan(), "it-security", "anna-de-vries");
        book.saveAsSomeoneElse(approved, "anna.devries");

        editor.storedChanged(book.working());

        assertThat(plan()).isEqualTo(approved);
        assertThat(dirtyText()).as("saved by the person the plan names").contains("by Anna de Vries")
                .doesNotContain("Unsaved");
    }

    @Test
    void aPlanSavedElsewhereIsAnnouncedWhenThereAreUnsavedEdits() throws PlanException {
        editor.select("role:it-security");
        new Combo(control("plan.field.deputies.candidates")).choose("Anna de Vries");
        press("plan.field.deputies.add");
        Plan mine = plan();
        book.saveAsSomeoneElse(PlanEdits.setPrimary(book.working().plan(), "juridisch", "lotte-smit"), "Eva Bakker");

        editor.storedChanged(book.working());

        assertThat(plan()).as("the edits stay").isEqualTo(mine);
        assertThat(dirtyText()).contains("Unsaved changes (changed meanwhile by Eva Bakker)");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Plan plan() {
        return editor.plan();
    }

    private String dirtyText() {
        return ((Label) control("plan.dirty")).getText();
    }

    private Control control(String id) {
        Control found = find(shell, id);
        assertThat(found).as("control %s", id).isNotNull();
        return found;
    }

    private static Control find(Control control, String id) {
        if (id.equals(control.getData(FormBuilder.ID))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Types {@code character} with {@code modifier} held, through the display as a keyboard would. */
    private void key(int modifier, char character) {
        shell.forceActive();
        post(SWT.KeyDown, modifier, '\0');
        post(SWT.KeyDown, 0, character);
        post(SWT.KeyUp, 0, character);
        post(SWT.KeyUp, modifier, '\0');
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        swt.display().post(event);
    }

    private void press(String id) {
        control(id).notifyListeners(SWT.Selection, new Event());
    }

    /** When a dialog with {@code dialogId} opens, notes it and presses its button {@code buttonId}. */
    private void answerDialog(String dialogId, String buttonId, java.util.function.Consumer<Shell> seen) {
        Display display = swt.display();
        long deadline = System.nanoTime() + TestSite.DEADLINE.toNanos();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell open : display.getShells()) {
                if (dialogId.equals(open.getData(FormBuilder.ID))) {
                    seen.accept(open);
                    Control button = find(open, buttonId);
                    button.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(20, look[0]);
            }
        };
        display.timerExec(20, look[0]);
    }

    private void waitUntil(BooleanSupplier condition) {
        swt.pumpUntil(condition, TestSite.DEADLINE);
    }

    /** A read-only combo of the form, chosen by its text as a user would. */
    private record Combo(Control control) {
        void choose(String text) {
            org.eclipse.swt.widgets.Combo combo = (org.eclipse.swt.widgets.Combo) control;
            int index = combo.indexOf(text);
            assertThat(index).as("%s in %s", text, java.util.List.of(combo.getItems())).isNotNegative();
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        }
    }
}
