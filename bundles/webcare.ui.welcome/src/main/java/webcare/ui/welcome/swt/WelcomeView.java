package webcare.ui.welcome.swt;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import webcare.demo.api.DemoData;
import webcare.ingest.api.Ingest;
import webcare.plan.api.PlanBook;
import webcare.ui.api.Shortcut;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;
import webcare.ui.welcome.model.Standing;

/**
 * The first-run page: what the workbench does, what is already there (mentions, sources, crisis
 * plan), and one button for each first step, so nobody needs to edit a file or run a command to
 * start. The demo data, the sources and the plan are optional services: their lines say
 * "unknown" while a service is missing, and their buttons are hidden.
 */
@Component
@ViewPlacement(id = "welcome", order = 10, openOnFirstRun = true)
public final class WelcomeView implements WorkbenchView {

    // Optional and dynamic: set and cleared atomically, so an unbind never clears a newer bind.
    private final AtomicReference<DemoData> demo = new AtomicReference<>();
    private final AtomicReference<Ingest> ingest = new AtomicReference<>();
    private final AtomicReference<PlanBook> plans = new AtomicReference<>();
    /** What the page read last: the plan is read again only when its revision moved. */
    private final AtomicReference<Standing> lastRead = new AtomicReference<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindDemo(DemoData service) {
        demo.set(service);
    }

    void unbindDemo(DemoData service) {
        demo.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindIngest(Ingest service) {
        ingest.set(service);
    }

    void unbindIngest(Ingest service) {
        ingest.compareAndSet(service, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindPlans(PlanBook service) {
        plans.set(service);
    }

    void unbindPlans(PlanBook service) {
        plans.compareAndSet(service, null);
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        ResourceBundle texts = texts(site.locale());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        parent.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        Font heading = scaled(parent, 1.8, SWT.BOLD);
        Font subheading = scaled(parent, 1.2, SWT.BOLD);
        parent.addListener(SWT.Dispose, event -> {
            heading.dispose();
            subheading.dispose();
        });

        StringBuilder intro = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        append(intro, styles, texts.getString("heading"), heading);
        append(intro, styles, texts.getString("intro"), null);
        for (String step : new String[] {"watch", "decide", "spot", "run", "review"}) {
            append(intro, styles, "\u2022  " + texts.getString("does." + step), null);
        }
        paragraphs(parent, intro, styles, 24);

        StepsPanel steps = new StepsPanel(parent, texts, subheading, site, this::standing, this::toggleDemo);
        steps.start();

        StringBuilder more = new StringBuilder();
        List<StyleRange> moreStyles = new ArrayList<>();
        append(more, moreStyles, texts.getString("more.heading"), subheading);
        append(more, moreStyles, texts.getString("more.text"), null);
        paragraphs(parent, more, moreStyles, 8);
    }

    private Standing standing() {
        Standing now = Standing.read(demo.get(), ingest.get(), plans.get(), lastRead.get());
        lastRead.set(now);
        return now;
    }

    /** Loads the demo set, or removes it; blocking, off the UI thread. */
    private int toggleDemo(boolean remove) throws Exception {
        DemoData data = demo.get();
        if (data == null) {
            throw new IllegalStateException("the demo data is not available");
        }
        return remove ? data.remove() : data.load();
    }

    @Override
    public List<Shortcut> shortcuts(Locale locale) {
        ResourceBundle texts = texts(locale);
        return List.of(new Shortcut("Tab / Enter", texts.getString("keys.buttons")));
    }

    /**
     * One read-only StyledText rather than a dozen wrapped labels: it lays its text out once,
     * which keeps the first window fast, and lets people select and copy the examples.
     */
    private static void paragraphs(Composite parent, StringBuilder text, List<StyleRange> styles, int top) {
        StyledText page = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        page.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        page.setMargins(32, top, 32, 0);
        page.setLineSpacing(6);
        page.setCaret(null);
        page.setText(text.toString().stripTrailing());
        page.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    /** Adds one paragraph, styled with {@code font} when given. */
    private static void append(StringBuilder text, List<StyleRange> styles, String paragraph, Font font) {
        if (font != null) {
            StyleRange style = new StyleRange();
            style.start = text.length();
            style.length = paragraph.length();
            style.font = font;
            styles.add(style);
        }
        text.append(paragraph).append('\n');
    }

    private static Font scaled(Composite parent, double factor, int style) {
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight((int) Math.round(each.getHeight() * factor));
            each.setStyle(style);
        }
        return new Font(parent.getDisplay(), data);
    }

    static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    static ResourceBundle texts(Locale locale) {
        return WorkbenchView.texts(WelcomeView.class, locale);
    }

    /** A wrapping label on the page's background. */
    static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setBackground(parent.getBackground());
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        return label;
    }
}
