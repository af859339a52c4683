package webcare.ui.welcome.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Component;
import webcare.ui.api.ViewPlacement;
import webcare.ui.api.ViewSite;
import webcare.ui.api.WorkbenchView;

/** The first-run page: what the workbench does and how to add a source and a crisis plan. */
@Component
@ViewPlacement(id = "welcome", order = 10, openOnFirstRun = true)
public final class WelcomeView implements WorkbenchView {

    @Override
    public void createContent(Composite parent, ViewSite site) {
        ResourceBundle texts = texts(site.locale());
        parent.setLayout(new FillLayout());
        // One read-only StyledText rather than a dozen wrapped labels: it lays its text out once,
        // which keeps the first window fast, and lets people select and copy the examples.
        StyledText page = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        page.setMargins(32, 24, 32, 24);
        page.setLineSpacing(6);
        page.setCaret(null);
        Font heading = scaled(parent, 1.8, SWT.BOLD);
        Font subheading = scaled(parent, 1.2, SWT.BOLD);
        page.addListener(SWT.Dispose, event -> {
            heading.dispose();
            subheading.dispose();
        });

        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        append(text, styles, texts.getString("heading"), heading);
        append(text, styles, texts.getString("intro"), null);
        for (String step : new String[] {"watch", "decide", "spot", "run", "review"}) {
            append(text, styles, "\u2022  " + texts.getString("does." + step), null);
        }
        for (String section : new String[] {"source", "plan", "more"}) {
            text.append('\n');
            append(text, styles, texts.getString(section + ".heading"), subheading);
            append(text, styles, texts.getString(section + ".text"), null);
        }
        page.setText(text.toString());
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

    private static ResourceBundle texts(Locale locale) {
        return WorkbenchView.texts(WelcomeView.class, locale);
    }
}
