package webcare.ui.incidents.swt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import webcare.response.api.TimelineEntry;
import webcare.ui.incidents.model.Lane;
import webcare.ui.incidents.model.Picture;
import webcare.ui.incidents.model.TimeAxis;

/**
 * The incident's timeline, drawn with a GC: linked mentions per bucket (the negative part in red)
 * above a lane per kind of entry (signals, status, tasks, public updates, decisions and notes,
 * roles and notifications), the onset, the detection and "now" as vertical lines, local times
 * below. The wheel or + and − zoom around the pointer or the middle, dragging or ← → pan, Home
 * shows the whole incident; a click on an entry picks it. It never draws a mention: volume comes
 * counted per bucket. UI thread only.
 */
final class TimelineChart {

    static final int GUTTER = 150;
    static final int VOLUME_RGB = 0x9DB4CF;
    static final int NEGATIVE_RGB = 0xC8503C;
    static final int NOW_RGB = 0xD0021B;
    private static final int[] LANE_RGB = {0x4A6FA5, 0x2E7D32, 0x6A1B9A, 0xEF6C00, 0x37474F, 0x00838F};
    private static final int GAP = 8;
    private static final int RADIUS = 5;
    private static final double ZOOM_STEP = 1.25;
    private static final int PAN_SHARE = 10;

    private final Canvas canvas;
    private final Words words;
    private final Color volumeColor;
    private final Color negativeColor;
    private final Color nowColor;
    private final Color[] laneColors = new Color[LANE_RGB.length];
    private Picture picture;
    private TimeAxis axis;
    private Optional<TimelineEntry> picked = Optional.empty();
    private Consumer<TimelineEntry> onPick = entry -> { };
    private Consumer<TimeAxis> onAxis = changed -> { };
    private Integer dragFrom;

    TimelineChart(Composite parent, Words words) {
        this.words = words;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData(this); // the chart of this canvas, for whoever holds only the control
        volumeColor = color(VOLUME_RGB);
        negativeColor = color(NEGATIVE_RGB);
        nowColor = color(NOW_RGB);
        for (int i = 0; i < LANE_RGB.length; i++) {
            laneColors[i] = color(LANE_RGB[i]);
        }
        canvas.addListener(SWT.Dispose, event -> {
            volumeColor.dispose();
            negativeColor.dispose();
            nowColor.dispose();
            for (Color each : laneColors) {
                each.dispose();
            }
        });
        canvas.addListener(SWT.Paint, event -> paint(event.gc, canvas.getClientArea()));
        // a new width keeps the stretch of time: the counted volume stays valid, nothing is read again
        canvas.addListener(SWT.Resize, event -> {
            if (axis != null) {
                axis = axis.resized(plotWidth());
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, event -> {
            canvas.setFocus();
            dragFrom = event.button == 1 ? event.x : null;
        });
        canvas.addListener(SWT.MouseMove, event -> {
            if (dragFrom != null && axis != null && Math.abs(event.x - dragFrom) > 2) {
                int moved = dragFrom - event.x;
                dragFrom = event.x;
                changeAxis(axis.panned(moved));
            }
        });
        canvas.addListener(SWT.MouseUp, event -> {
            if (dragFrom != null && Math.abs(event.x - dragFrom) <= 2) {
                pick(event.x, event.y);
            }
            dragFrom = null;
        });
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
    }

    private Color color(int rgb) {
        return new Color(canvas.getDisplay(), rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    Canvas control() {
        return canvas;
    }

    void onPick(Consumer<TimelineEntry> listener) {
        onPick = listener;
    }

    /** Told when the shown stretch of time changes, so the volume can be counted for it. */
    void onAxis(Consumer<TimeAxis> listener) {
        onAxis = listener;
    }

    TimeAxis axis() {
        return axis;
    }

    /** Shows {@code shown}; keeps the zoom unless it is the first picture or another incident. */
    void show(Picture shown) {
        boolean other = picture == null || picture.incident().id() != shown.incident().id();
        picture = shown;
        if (other) {
            picked = Optional.empty();
            axis = TimeAxis.fitting(shown.first(), shown.last(), plotWidth());
        }
        canvas.redraw();
    }

    void clear() {
        picture = null;
        axis = null;
        picked = Optional.empty();
        canvas.redraw();
    }

    /** Shows the whole incident again. */
    void fit() {
        if (picture != null) {
            changeAxis(TimeAxis.fitting(picture.first(), picture.last(), plotWidth()));
        }
    }

    void zoom(double factor) {
        if (axis != null) {
            changeAxis(axis.zoomed(factor, plotWidth() / 2));
        }
    }

    void pan(int direction) {
        if (axis != null) {
            changeAxis(axis.panned(direction * plotWidth() / PAN_SHARE));
        }
    }

    private void changeAxis(TimeAxis changed) {
        axis = changed;
        canvas.redraw();
        onAxis.accept(changed);
    }

    private int plotWidth() {
        return Math.max(1, canvas.getClientArea().width - GUTTER - GAP);
    }

    private void wheel(Event event) {
        if (axis != null && event.x > GUTTER) {
            changeAxis(axis.zoomed(event.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, event.x - GUTTER));
        }
    }

    private void key(Event event) {
        switch (event.keyCode) {
            case '+', '=', SWT.KEYPAD_ADD -> zoom(ZOOM_STEP);
            case '-', SWT.KEYPAD_SUBTRACT -> zoom(1 / ZOOM_STEP);
            case SWT.ARROW_LEFT -> pan(-1);
            case SWT.ARROW_RIGHT -> pan(1);
            case SWT.HOME -> fit();
            default -> {
                return;
            }
        }
        event.doit = false;
    }

    private void pick(int x, int y) {
        if (picture == null) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        Layout layout = Layout.of(area, lineHeight());
        int lane = (y - layout.lanesTop) / layout.laneHeight;
        if (lane < 0 || lane >= Lane.values().length || x < GUTTER) {
            return;
        }
        picked = picture.hit(axis, Lane.values()[lane], x - GUTTER, RADIUS * 2);
        picked.ifPresent(onPick);
        canvas.redraw();
    }

    private int lineHeight() {
        GC gc = new GC(canvas);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    /** Where the parts go in {@code area}. */
    private record Layout(int volumeTop, int volumeHeight, int lanesTop, int laneHeight, int axisTop) {
        static Layout of(Rectangle area, int line) {
            int volumeTop = GAP + line;
            int laneHeight = Math.max(line + 8, 22);
            int lanes = laneHeight * Lane.values().length;
            // the volume takes what the lanes, the line labels and the time axis leave
            int volumeHeight = Math.max(40, area.height - volumeTop - GAP - line - lanes - 2 - (line + 6) - GAP);
            int lanesTop = volumeTop + volumeHeight + GAP + line;
            return new Layout(volumeTop, volumeHeight, lanesTop, laneHeight, lanesTop + lanes + 2);
        }
    }

    void paint(GC gc, Rectangle area) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int line = gc.getFontMetrics().getHeight();
        if (picture == null || axis == null) {
            gc.drawText(words.get("timeline.empty"), GAP, GAP, true);
            return;
        }
        Layout layout = Layout.of(area, line);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText(words.format("timeline.volume", words.bucket(picture.bucketSeconds()),
                words.count(picture.largestBucket())), GAP, 2, true);
        paintVolume(gc, layout);
        paintLanes(gc, layout, area);
        paintAxis(gc, layout, area, line);
        paintLine(gc, picture.incident().started(), layout, area, canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY),
                words.get("timeline.started"));
        paintLine(gc, picture.incident().detected(), layout, area, laneColors[0], words.get("timeline.detected"));
        if (picture.incident().status().open()) {
            paintLine(gc, picture.now(), layout, area, nowColor, words.get("timeline.now"));
        }
    }

    private void paintVolume(GC gc, Layout layout) {
        double scale = (double) layout.volumeHeight / picture.largestBucket();
        int bottom = layout.volumeTop + layout.volumeHeight;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawLine(GUTTER, bottom, GUTTER + axis.width(), bottom);
        for (long[] bucket : picture.volume()) {
            Instant start = Instant.ofEpochSecond(bucket[0]);
            int left = GUTTER + axis.x(start);
            int right = GUTTER + axis.x(start.plusSeconds(picture.bucketSeconds()));
            if (right < GUTTER || left > GUTTER + axis.width()) {
                continue;
            }
            left = Math.max(GUTTER, left);
            int width = Math.max(1, right - left - 1);
            int all = (int) Math.round(bucket[1] * scale);
            int negative = (int) Math.round(bucket[2] * scale);
            gc.setBackground(volumeColor);
            gc.fillRectangle(left, bottom - all, width, all - negative);
            gc.setBackground(negativeColor);
            gc.fillRectangle(left, bottom - negative, width, negative);
        }
    }

    private void paintLanes(GC gc, Layout layout, Rectangle area) {
        Lane[] lanes = Lane.values();
        for (int i = 0; i < lanes.length; i++) {
            int top = layout.lanesTop + i * layout.laneHeight;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawLine(GUTTER, top + layout.laneHeight / 2, area.width - GAP, top + layout.laneHeight / 2);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawText(words.lane(lanes[i]), GAP, top + (layout.laneHeight - gc.getFontMetrics().getHeight()) / 2, true);
        }
        gc.setClipping(GUTTER - RADIUS, layout.lanesTop, axis.width() + 2 * RADIUS, layout.laneHeight * lanes.length);
        for (TimelineEntry entry : picture.entries()) {
            Lane lane = Lane.of(entry);
            int x = GUTTER + axis.x(entry.at());
            int y = layout.lanesTop + lane.ordinal() * layout.laneHeight + layout.laneHeight / 2;
            gc.setBackground(laneColors[lane.ordinal()]);
            gc.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
            if (picked.filter(chosen -> chosen.id() == entry.id()).isPresent()) {
                gc.setForeground(nowColor);
                gc.setLineWidth(2);
                gc.drawOval(x - RADIUS - 3, y - RADIUS - 3, 2 * RADIUS + 6, 2 * RADIUS + 6);
                gc.setLineWidth(1);
            }
        }
        paintStatusLabels(gc, layout);
        gc.setClipping((Rectangle) null);
    }

    /**
     * The new status beside each status marker, the latest first: a label that would cover one
     * already drawn is left out (its entry is still there to pick), so the current status shows.
     */
    private void paintStatusLabels(GC gc, Layout layout) {
        int y = layout.lanesTop + Lane.STATUS.ordinal() * layout.laneHeight + layout.laneHeight / 2;
        gc.setForeground(laneColors[Lane.STATUS.ordinal()]);
        List<int[]> drawn = new ArrayList<>();
        List<TimelineEntry> entries = picture.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            TimelineEntry entry = entries.get(i);
            if (Lane.of(entry) != Lane.STATUS) {
                continue;
            }
            int x = GUTTER + axis.x(entry.at());
            String label = words.shortText(entry);
            int width = gc.textExtent(label).x;
            // beside the marker, or before it when it would run off the right edge
            int left = x + RADIUS + 3 + width > GUTTER + axis.width() ? x - RADIUS - 3 - width : x + RADIUS + 3;
            if (drawn.stream().noneMatch(span -> left < span[1] && left + width > span[0])) {
                gc.drawText(label, left, y - gc.getFontMetrics().getHeight() / 2, true);
                drawn.add(new int[] {left, left + width});
            }
        }
    }

    private void paintAxis(GC gc, Layout layout, Rectangle area, int line) {
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        for (TimeAxis.Tick tick : axis.ticks(words.formats().zone())) {
            int x = GUTTER + axis.x(tick.at());
            gc.drawLine(x, layout.axisTop, x, layout.axisTop + 4);
            String label = words.tick(tick);
            gc.drawText(label, x - gc.textExtent(label).x / 2, layout.axisTop + 5, true);
        }
    }

    private void paintLine(GC gc, Instant at, Layout layout, Rectangle area, Color color, String label) {
        int x = GUTTER + axis.x(at);
        if (x < GUTTER || x > GUTTER + axis.width()) {
            return;
        }
        gc.setForeground(color);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(x, layout.volumeTop, x, layout.axisTop);
        gc.setLineStyle(SWT.LINE_SOLID);
        // on a white box between the volume and the lanes, so bars never hide it
        int width = gc.textExtent(label).x;
        int left = x + 3 + width > GUTTER + axis.width() ? x - 3 - width : x + 3;
        int top = layout.lanesTop - gc.getFontMetrics().getHeight() - 1;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.drawText(label, left, top, false);
    }

    /** The chart as a PNG of its current size; the message of a failure, or empty. */
    Optional<String> writePng(String file) {
        Rectangle area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        try {
            GC gc = new GC(image);
            try {
                paint(gc, new Rectangle(0, 0, area.width, area.height));
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file, SWT.IMAGE_PNG);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            image.dispose();
        }
    }
}
