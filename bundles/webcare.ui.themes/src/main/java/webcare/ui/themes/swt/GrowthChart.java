package webcare.ui.themes.swt;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import webcare.themes.api.Theme;

/**
 * A horizontal bar per theme, the fastest growing ten, drawn with a GC: the term on the left (cut
 * with "…" when long), a bar as long as its growth (on the log scale the finder ranks by, so
 * × 50 does not flatten the rest) and the factor after it. The chosen theme is drawn darker. With
 * no themes the message says why. UI thread only.
 */
final class GrowthChart {

    static final int BARS = 10;
    /** The colours of a bar and of the chosen theme's bar (a test looks for them on the screen). */
    static final int BAR_RGB = 0xC8503C;
    static final int CHOSEN_RGB = 0x7E2A1E;
    private static final int GAP = 8;

    private final Canvas canvas;
    private final Words words;
    private final Color bar;
    private final Color chosenBar;
    private final Font titleFont;
    private List<Theme> themes = List.of();
    private String message = "";
    private String chosen;

    GrowthChart(Composite parent, Words words) {
        this.words = words;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_FOCUS);
        bar = color(BAR_RGB);
        chosenBar = color(CHOSEN_RGB);
        FontData[] data = canvas.getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(SWT.BOLD);
        }
        titleFont = new Font(canvas.getDisplay(), data);
        canvas.addListener(SWT.Dispose, event -> {
            bar.dispose();
            chosenBar.dispose();
            titleFont.dispose();
        });
        canvas.addListener(SWT.Paint, event -> paint(event.gc));
    }

    private Color color(int rgb) {
        return new Color(canvas.getDisplay(), rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    Control control() {
        return canvas;
    }

    /** Shows the first {@value #BARS} of {@code ranked}; {@code empty} when there are none. */
    void show(List<Theme> ranked, String empty) {
        themes = ranked.stream().limit(BARS).toList();
        message = empty;
        canvas.redraw();
    }

    void choose(String term) {
        chosen = term;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setFont(titleFont);
        int line = gc.getFontMetrics().getHeight();
        gc.drawText(words.get("chart.title"), GAP, GAP, true);
        gc.setFont(canvas.getFont());
        int top = GAP * 2 + line;
        if (themes.isEmpty()) {
            gc.drawText(message, GAP, top, true);
            return;
        }
        int row = Math.max(line + 6, Math.min(2 * line, (area.height - top - GAP) / BARS));
        int labelWidth = Math.min(area.width * 2 / 5, themes.stream().mapToInt(t -> gc.textExtent(t.term()).x).max().orElse(0));
        int valueWidth = themes.stream().mapToInt(t -> gc.textExtent(words.growth(t.growth())).x).max().orElse(0);
        int barStart = GAP + labelWidth + GAP;
        int barRoom = Math.max(1, area.width - barStart - GAP - valueWidth - GAP);
        double largest = themes.stream().mapToDouble(Theme::growth).max().orElse(1);
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            int y = top + i * row;
            String label = fitted(gc, theme.term(), labelWidth);
            gc.drawText(label, GAP + labelWidth - gc.textExtent(label).x, y + (row - line) / 2, true);
            int length = Math.max(2, (int) Math.round(barRoom * theme.growth() / largest));
            gc.setBackground(theme.term().equals(chosen) ? chosenBar : bar);
            gc.fillRectangle(barStart, y + 3, length, row - 6);
            gc.drawText(words.growth(theme.growth()), barStart + length + GAP, y + (row - line) / 2, true);
        }
    }

    /** {@code text}, cut with "…" to fit {@code width}. */
    private static String fitted(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end) + "\u2026";
            if (gc.textExtent(cut).x <= width) {
                return cut;
            }
        }
        return "\u2026";
    }
}
