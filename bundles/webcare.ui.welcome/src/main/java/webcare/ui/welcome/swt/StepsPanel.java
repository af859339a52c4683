package webcare.ui.welcome.swt;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.ResourceBundle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import webcare.ui.api.ViewSite;
import webcare.ui.welcome.model.Standing;

/**
 * The Welcome page's three first steps, each with what is there now and the buttons that do
 * the step: mentions (load or remove the demo data), sources (add one), the crisis plan
 * (import one, or open the editor). Re-read after each action.
 */
final class StepsPanel {

    private static final Duration REREAD = Duration.ofSeconds(3);

    /** The demo action, done off the UI thread: true removes, false loads; returns how many mentions. */
    interface DemoToggle {
        int run(boolean remove) throws Exception;
    }

    private final Composite panel;
    private final ResourceBundle texts;
    private final Font heading;
    private final ViewSite site;
    private final Callable<Standing> standing;
    private final DemoToggle demo;
    private Standing shown;

    StepsPanel(Composite parent, ResourceBundle texts, Font heading, ViewSite site, Callable<Standing> standing,
            DemoToggle demo) {
        this.texts = texts;
        this.heading = heading;
        this.site = site;
        this.standing = standing;
        this.demo = demo;
        panel = new Composite(parent, SWT.NONE);
        panel.setBackground(parent.getBackground());
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 32;
        layout.marginTop = 12;
        layout.horizontalSpacing = 24;
        layout.verticalSpacing = 6;
        panel.setLayout(layout);
        panel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Reads now, then again every few seconds (and when start-up is over): services may come later. */
    void start() {
        reload();
        site.poll(REREAD, standing, this::showIfChanged);
    }

    private void reload() {
        site.load(texts.getString("standing.loading"), standing, this::showIfChanged);
    }

    private void showIfChanged(Standing now) {
        if (!now.equals(shown)) {
            shown = now;
            show(now);
        }
    }

    private void show(Standing now) {
        for (Control old : panel.getChildren()) {
            old.dispose();
        }
        Locale locale = site.locale();
        step("step.mentions", mentionsText(now, locale), buttons -> now.mentions().ifPresent(mentions -> {
            if (mentions == Standing.Mentions.NONE) {
                button(buttons, "demo.load", () -> runDemo(false));
            } else if (mentions == Standing.Mentions.DEMO) {
                button(buttons, "demo.remove", () -> runDemo(true));
            }
        }));
        step("step.sources", now.sources()
                .map(count -> WelcomeView.format(texts, "sources.count", locale, count))
                .orElse(texts.getString("unknown")), buttons -> now.sources().ifPresent(count -> {
                    button(buttons, "sources.add", () -> site.openView("sources", "add-source"));
                    if (count > 0) {
                        button(buttons, "sources.open", () -> site.openView("sources"));
                    }
                }));
        step("step.plan", now.plan()
                .map(plan -> plan.exists()
                        ? WelcomeView.format(texts, "plan.size", locale, plan.people(), plan.roles(), plan.scenarios())
                        : texts.getString("plan.none"))
                .orElse(texts.getString("unknown")), buttons -> now.plan().ifPresent(plan -> {
                    button(buttons, "plan.import", () -> site.openView("plan", "import"));
                    button(buttons, "plan.open", () -> site.openView("plan"));
                }));
        panel.getParent().layout(true, true);
    }

    private String mentionsText(Standing now, Locale locale) {
        return now.mentions().map(mentions -> texts.getString("mentions." + mentions.name().toLowerCase(Locale.ROOT)))
                .orElse(texts.getString("unknown"));
    }

    private void step(String titleKey, String state, Consumer<Composite> addButtons) {
        Label title = WelcomeView.label(panel, texts.getString(titleKey));
        title.setFont(heading);
        title.setForeground(panel.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        titleData.verticalIndent = 10;
        title.setLayoutData(titleData);
        Label text = WelcomeView.label(panel, state);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 520;
        text.setLayoutData(textData);
        Composite buttons = new Composite(panel, SWT.NONE);
        buttons.setBackground(panel.getBackground());
        GridLayout row = new GridLayout(0, false);
        row.marginWidth = 0;
        row.marginHeight = 0;
        buttons.setLayout(row);
        buttons.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        addButtons.accept(buttons);
    }

    private void button(Composite buttons, String key, Runnable action) {
        ((GridLayout) buttons.getLayout()).numColumns++;
        Button button = new Button(buttons, SWT.PUSH);
        button.setText(texts.getString(key));
        button.addListener(SWT.Selection, event -> action.run());
    }

    private void runDemo(boolean remove) {
        site.load(texts.getString(remove ? "demo.removing" : "demo.loading"), () -> demo.run(remove),
                count -> reload());
    }
}
