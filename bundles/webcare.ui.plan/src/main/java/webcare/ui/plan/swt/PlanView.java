package webcare.ui.plan.swt;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.launch.api.Launch;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanExporter;
import webcare.plan.api.PlanHealth;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.plan.model.EditSession;
import webcare.ui.plan.model.PlanServices;

/**
 * The crisis-plan editor: a tree of the plan with a form for the selected element, a live health
 * check, undo/redo, save with a conflict check, approved versions with their differences, the
 * audit log and exports. Every plan service is optional: the view says what is missing instead of
 * disappearing, and picks a service up when it arrives.
 */
@Component
@ViewPlacement(id = "plan", order = 30)
public final class PlanView implements WorkbenchView {

    private final Launch launch;
    private final Map<PlanExporter, String> exporters = new ConcurrentHashMap<>();
    // Optional and dynamic: set and cleared atomically, so an unbind never clears a newer bind.
    private final AtomicReference<PlanBook> book = new AtomicReference<>();
    private final AtomicReference<PlanHealth> health = new AtomicReference<>();
    private final AtomicReference<PlanDiff> diff = new AtomicReference<>();
    private final AtomicReference<PlanCodec> codec = new AtomicReference<>();
    /** The editor on screen, if any; touched on the UI thread only. */
    private PlanEditor editor;
    private volatile Display display;
    /**
     * Unsaved edits of an editor that was closed (tab closed, language switched), kept for the
     * next one in this process; the draft file covers the next process. UI thread only.
     */
    private EditSession kept;

    @Activate
    public PlanView(@Reference Launch launch) {
        this.launch = launch;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setBook(PlanBook book) {
        this.book.set(book);
        servicesChanged();
    }

    void unsetBook(PlanBook gone) {
        book.compareAndSet(gone, null);
        servicesChanged();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setHealth(PlanHealth health) {
        this.health.set(health);
        servicesChanged();
    }

    void unsetHealth(PlanHealth gone) {
        health.compareAndSet(gone, null);
        servicesChanged();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDiff(PlanDiff diff) {
        this.diff.set(diff);
    }

    void unsetDiff(PlanDiff gone) {
        diff.compareAndSet(gone, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setCodec(PlanCodec codec) {
        this.codec.set(codec);
        servicesChanged(); // a draft that could not be read without it is offered now
    }

    void unsetCodec(PlanCodec gone) {
        codec.compareAndSet(gone, null);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(PlanExporter exporter, Map<String, Object> properties) {
        exporters.put(exporter, String.valueOf(properties.getOrDefault(PlanExporter.FORMAT, exporter.extension())));
    }

    void removeExporter(PlanExporter exporter) {
        exporters.remove(exporter);
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        display = parent.getDisplay();
        EditSession carried = kept;
        kept = null;
        PlanEditor created = new PlanEditor(parent, site, services(site), carried, left -> kept = left);
        editor = created;
        parent.addListener(org.eclipse.swt.SWT.Dispose, event -> {
            if (editor == created) {
                editor = null;
            }
        });
    }

    /** The plan services for an editor shown on {@code site}. */
    PlanServices services(ViewSite site) {
        return new Services(site);
    }

    /** {@code import}: Import… a plan file, as the tool bar's button does. */
    @Override
    public void perform(String action) {
        if ("import".equals(action) && editor != null) {
            editor.chooseImport();
        }
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        ResourceBundle texts = WorkbenchView.texts(PlanView.class, locale);
        return List.of(new Shortcut("Ctrl+S", texts.getString("keys.save")),
                new Shortcut("Ctrl+Z", texts.getString("keys.undo")),
                new Shortcut("Ctrl+Y / Ctrl+Shift+Z", texts.getString("keys.redo")),
                new Shortcut("Ctrl+F", texts.getString("keys.find")),
                new Shortcut("Ctrl+N", texts.getString("keys.add")),
                new Shortcut("F5", texts.getString("keys.reload")),
                new Shortcut("Delete", texts.getString("keys.delete")),
                new Shortcut("Alt+\u2191 / Alt+\u2193", texts.getString("keys.move")));
    }

    /** A plan service came or went: the editor on screen loads or checks again. */
    private void servicesChanged() {
        Display current = display;
        if (current != null && !current.isDisposed()) {
            current.asyncExec(() -> {
                if (editor != null) {
                    editor.servicesChanged();
                }
            });
        }
    }

    /** The plan services for one editor; who saves is whoever the workbench says works in it. */
    private final class Services implements PlanServices {
        private final ViewSite site;

        Services(ViewSite site) {
            this.site = site;
        }

        @Override
        public Optional<PlanBook> book() {
            return Optional.ofNullable(book.get());
        }

        @Override
        public Optional<PlanHealth> health() {
            return Optional.ofNullable(health.get());
        }

        @Override
        public Optional<PlanDiff> diff() {
            return Optional.ofNullable(diff.get());
        }

        @Override
        public Optional<PlanCodec> codec() {
            return Optional.ofNullable(codec.get());
        }

        @Override
        public List<Format> formats() {
            return exporters.entrySet().stream().map(entry -> new Format(entry.getValue(), entry.getKey()))
                    .sorted(Comparator.comparing(Format::name)).toList();
        }

        @Override
        public Path home() {
            return launch.home();
        }

        @Override
        public String user() {
            return site.user();
        }
    }
}
