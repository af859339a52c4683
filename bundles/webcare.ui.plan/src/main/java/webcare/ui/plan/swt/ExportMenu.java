package webcare.ui.plan.swt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import webcare.files.WholeFile;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.ui.api.FailureText;
import webcare.ui.api.ViewSite;
import webcare.ui.plan.model.ChangeText;
import webcare.ui.plan.model.Messages;
import webcare.ui.plan.model.PlanEdits;
import webcare.ui.plan.model.PlanServices;

/**
 * The Export menu: one entry per registered format, the plan file ({@code json}) included. The file
 * is chosen in a dialog, written in the background beside its place and moved there, so a failed
 * export never leaves half a file.
 */
final class ExportMenu {

    /** Writes one document. */
    @FunctionalInterface
    private interface Writer {
        void write(Plan plan, OutputStream out) throws IOException;
    }

    private final Shell shell;
    private final ViewSite site;
    private final PlanServices services;
    private final ResourceBundle texts;
    private final Locale locale;

    ExportMenu(Shell shell, ViewSite site, PlanServices services, ResourceBundle texts, Locale locale) {
        this.shell = shell;
        this.site = site;
        this.services = services;
        this.texts = texts;
        this.locale = locale;
    }

    /**
     * Fills {@code menu} with what can be exported now.
     *
     * @param plan    the plan as on screen when an entry is chosen
     * @param unsaved whether it has unsaved changes (the message after writing says so)
     */
    void fill(Menu menu, Supplier<Plan> plan, BooleanSupplier unsaved) {
        List<PlanServices.Format> formats = services.formats();
        for (PlanServices.Format format : formats) {
            item(menu, name(format) + "  (" + format.name() + ")", () -> export(plan.get(), unsaved,
                    format.name(), format.exporter().extension(), (exported, out) -> format.exporter()
                            .write(exported, new ExportContext(null, locale, ChangeText.ZONE, Instant.now()), out)));
        }
        if (formats.isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText(texts.getString("export.none"));
            none.setEnabled(false);
        }
    }

    /** The format's name in the window's language when the texts know it; else its own (English) description. */
    private String name(PlanServices.Format format) {
        String key = "export.format." + format.name();
        return texts.containsKey(key) ? texts.getString(key) : format.exporter().description();
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private void export(Plan plan, BooleanSupplier unsaved, String format, String extension, Writer writer) {
        if (plan == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.format(locale, texts.getString("export.dialog"), format));
        dialog.setFilterExtensions(new String[] {"*." + extension, "*.*"});
        dialog.setFileName(PlanEdits.slug(plan.organisation().name(), "plan") + "-"
                + texts.getString("export.fileName") + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen).toAbsolutePath();
        boolean withUnsaved = unsaved.getAsBoolean();
        site.load(Messages.format(locale, texts.getString("export.writing"), file.getFileName()), () -> {
            try {
                WholeFile.write(file, "." + file.getFileName(), out -> writer.write(plan, out));
                return Optional.<String>empty();
            } catch (IOException | RuntimeException e) {
                return Optional.of(new FailureText(locale).detail(e));
            }
        }, problem -> {
            MessageBox box = new MessageBox(shell, (problem.isPresent() ? SWT.ICON_ERROR : SWT.ICON_INFORMATION)
                    | SWT.OK);
            box.setText(texts.getString("export.title"));
            box.setMessage(problem.map(message -> Messages.format(locale, texts.getString("export.failed"), file,
                    message)).orElseGet(() -> Messages.format(locale, texts.getString("export.done"), file)
                            + (withUnsaved ? "\n\n" + texts.getString("export.unsaved") : "")));
            box.open();
        });
    }
}
