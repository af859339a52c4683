package webcare.ui.dashboard.swt;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import webcare.store.api.InboxRepository.Volume;
import webcare.store.api.SignalRepository.StoredSignal;
import webcare.ui.dashboard.model.Overview;

/**
 * The last seven days of messages per hour, a stacked bar per hour with a colour per source, the
 * negative share of each day as a line over it, and the detector's signals as red triangles at the
 * moment they were raised, their onset as a thin line. Local days below. UI thread only.
 */
final class VolumeChart {

    static final int SIGNAL_RGB = 0xD0021B;
    static final int[] SOURCE_RGB = {0x4A6FA5, 0x6BAED6, 0x74C476, 0xFD8D3C, 0x9E9AC8, 0x969696};
    private static final int GAP = 8;
    private static final int LEFT = 48;
    private static final int LEGEND = 120;

    private final Canvas canvas;
    private final Words words;
    private final Color signalColor;
    private final Color[] sourceColors = new Color[SOURCE_RGB.length];
    private Overview overview;

    VolumeChart(Composite parent, Words words) {
        this.words = words;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER | SWT.NO_FOCUS);
        signalColor = color(SIGNAL_RGB);
        for (int i = 0; i < SOURCE_RGB.length; i++) {
            sourceColors[i] = color(SOURCE_RGB[i]);
        }
        canvas.addListener(SWT.Dispose, event -> {
            signalColor.dispose();
            for (Color each : sourceColors) {
                each.dispose();
            }
        });
        canvas.addListener(SWT.Paint, event -> paint(event.gc));
    }

    private Color color(int rgb) {
        return new Color(canvas.getDisplay(), rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    Canvas control() {
        return canvas;
    }

    void show(Overview shown) {
        overview = shown;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int line = gc.getFontMetrics().getHeight();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(words.get("chart.title"), GAP, GAP / 2, true);
        if (overview == null || overview.volume().isEmpty()) {
            gc.drawText(words.get("chart.empty"), GAP, GAP + line, true);
            return;
        }
        int top = GAP + line + 4;
        int bottom = area.height - line - GAP;
        int right = area.width - LEGEND;
        int width = Math.max(1, right - LEFT);
        long span = Duration.between(overview.from(), overview.now()).getSeconds();
        // the hours, each a map of source to count; the sources in order of volume for the legend
        Map<Instant, Map<String, Long>> hours = new TreeMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Volume each : overview.volume()) {
            hours.computeIfAbsent(each.bucket(), hour -> new LinkedHashMap<>()).merge(each.source(), each.items(), Long::sum);
            totals.merge(each.source(), each.items(), Long::sum);
        }
        List<String> sources = totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        long largest = Math.max(1, hours.values().stream().mapToLong(map -> map.values().stream().mapToLong(Long::longValue)
                .sum()).max().orElse(1));
        double perSecond = (double) width / span;
        int barWidth = Math.max(1, (int) Math.floor(3_600 * perSecond) - 1);
        for (var hour : hours.entrySet()) {
            int x = LEFT + (int) Math.round(Duration.between(overview.from(), hour.getKey()).getSeconds() * perSecond);
            int y = bottom;
            for (int i = 0; i < sources.size(); i++) {
                long count = hour.getValue().getOrDefault(sources.get(i), 0L);
                int height = (int) Math.round((double) count / largest * (bottom - top));
                gc.setBackground(sourceColors[Math.min(i, sourceColors.length - 1)]);
                gc.fillRectangle(x, y - height, barWidth, height);
                y -= height;
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawLine(LEFT, bottom, right, bottom);
        gc.drawText(words.count(largest), GAP, top - line / 2, true);
        gc.drawText("0", GAP, bottom - line / 2, true);
        paintDays(gc, bottom, perSecond, line);
        paintShare(gc, top, bottom, perSecond);
        paintSignals(gc, top, bottom, perSecond);
        paintLegend(gc, sources, right, top, line);
    }

    private void paintDays(GC gc, int bottom, double perSecond, int line) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        ZonedDateTime day = overview.from().atZone(words.formats().zone()).truncatedTo(ChronoUnit.DAYS).plusDays(1);
        for (; day.toInstant().isBefore(overview.now()); day = day.plusDays(1)) {
            int x = LEFT + (int) Math.round(Duration.between(overview.from(), day.toInstant()).getSeconds() * perSecond);
            gc.drawLine(x, bottom, x, bottom + 4);
            gc.drawText(words.formats().weekday(day.toLocalDate()).split(" ")[0], x + 3, bottom + 2, true);
        }
    }

    /** The negative share of each local day as a line across the chart, 0 at the bottom, 100 % at the top. */
    private void paintShare(GC gc, int top, int bottom, double perSecond) {
        Map<Instant, long[]> days = new TreeMap<>();
        for (Volume each : overview.volume()) {
            Instant day = each.bucket().atZone(words.formats().zone()).truncatedTo(ChronoUnit.DAYS).toInstant();
            long[] sums = days.computeIfAbsent(day, key -> new long[2]);
            sums[0] += each.items();
            sums[1] += each.negative();
        }
        gc.setForeground(signalColor);
        gc.setLineWidth(2);
        int[] previous = null;
        for (var day : days.entrySet()) {
            Instant middle = day.getKey().plus(Duration.ofHours(12));
            if (middle.isBefore(overview.from())) {
                middle = overview.from();
            }
            int x = LEFT + (int) Math.round(Duration.between(overview.from(), middle).getSeconds() * perSecond);
            int y = bottom - (int) Math.round((double) day.getValue()[1] / Math.max(1, day.getValue()[0]) * (bottom - top));
            if (previous != null) {
                gc.drawLine(previous[0], previous[1], x, y);
            }
            gc.drawOval(x - 2, y - 2, 4, 4);
            previous = new int[] {x, y};
        }
        gc.setLineWidth(1);
    }

    private void paintSignals(GC gc, int top, int bottom, double perSecond) {
        gc.setBackground(signalColor);
        gc.setForeground(signalColor);
        for (StoredSignal signal : overview.signals()) {
            if (signal.detected().isBefore(overview.from())) {
                continue;
            }
            int x = LEFT + (int) Math.round(Duration.between(overview.from(), signal.detected()).getSeconds() * perSecond);
            int onset = LEFT + (int) Math.round(Math.max(0, Duration.between(overview.from(), signal.onset()).getSeconds())
                    * perSecond);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(onset, top, onset, bottom);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.fillPolygon(new int[] {x - 6, top, x + 6, top, x, top + 10});
        }
    }

    private void paintLegend(GC gc, List<String> sources, int right, int top, int line) {
        int y = top;
        for (int i = 0; i < sources.size(); i++) {
            gc.setBackground(sourceColors[Math.min(i, sourceColors.length - 1)]);
            gc.fillRectangle(right + GAP, y + 3, line - 6, line - 6);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(words.source(sources.get(i)), right + GAP + line, y, true);
            y += line + 2;
        }
        gc.setBackground(signalColor);
        gc.fillPolygon(new int[] {right + GAP, y + 3, right + GAP + line - 6, y + 3, right + GAP + (line - 6) / 2, y + line - 3});
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(words.get("chart.signal"), right + GAP + line, y, true);
    }
}
