package webcare.ui.welcome.swt;

import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;

/** The first-run page: what the workbench does and how to add a source and a crisis plan. */
@Component
@ViewPlacement(id = "welcome", order = 10, openOnFirstRun = true)
public final class WelcomeView implements WorkbenchView {

    private static final int WRAP_WIDTH = 760;

    @Override
    public String title(Locale locale) {
        return texts(locale).getString("title");
    }

    @Override
    public void createContent(Composite parent, ViewSite site) {
        ResourceBundle texts = texts(site.locale());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 32;
        layout.marginHeight = 24;
        layout.verticalSpacing = 10;
        parent.setLayout(layout);

        Font heading = scaled(parent, 1.8, SWT.BOLD);
        Font subheading = scaled(parent, 1.2, SWT.BOLD);
        parent.addListener(SWT.Dispose, event -> {
            heading.dispose();
            subheading.dispose();
        });

        text(parent, texts.getString("heading"), heading);
        text(parent, texts.getString("intro"), null);
        for (String step : new String[] {"watch", "decide", "spot", "run", "review"}) {
            text(parent, "\u2022  " + texts.getString("does." + step), null);
        }
        text(parent, texts.getString("source.heading"), subheading).setLayoutData(spaced());
        text(parent, texts.getString("source.text"), null);
        text(parent, texts.getString("plan.heading"), subheading).setLayoutData(spaced());
        text(parent, texts.getString("plan.text"), null);
        text(parent, texts.getString("more.heading"), subheading).setLayoutData(spaced());
        text(parent, texts.getString("more.text"), null);
    }

    private static GridData spaced() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.verticalIndent = 12;
        return data;
    }

    private static Label text(Composite parent, String text, Font font) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        if (font != null) {
            label.setFont(font);
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = WRAP_WIDTH;
        label.setLayoutData(data);
        return label;
    }

    private static Font scaled(Composite parent, double factor, int style) {
        FontData[] data = parent.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight((int) Math.round(each.getHeight() * factor));
            each.setStyle(style);
        }
        return new Font(parent.getDisplay(), data);
    }

    private static ResourceBundle texts(Locale locale) {
        return WorkbenchView.texts(WelcomeView.class, locale);
    }
}
