package webcare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.osgi.service.component.annotations.Component;
import webcare.response.api.IncidentExporter;
import webcare.response.api.IncidentReport;
import webcare.response.api.TimelineEntry;
import webcare.response.api.TimelineEntry.Kind;

/**
 * The incident's timeline as a picture without a window (Java 2D, so it works headless): the linked
 * messages per bucket with the negative part in red, a row of markers for each kind of entry, the
 * onset and detection as lines, local times below. The window's own chart (zoomable) is the
 * Incidents view's; this one is for reports and mail.
 */
@Component(property = IncidentExporter.FORMAT + "=png")
public final class PngIncidentExporter implements IncidentExporter {

    static final int WIDTH = 1400;
    static final int HEIGHT = 560;
    private static final int LEFT = 190;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int VOLUME = 200;
    private static final int LANE = 34;
    private static final Color VOLUME_COLOR = new Color(0x9DB4CF);
    private static final Color NEGATIVE_COLOR = new Color(0xC8503C);
    private static final Color LINE_COLOR = new Color(0xBBBBBB);
    /** The rows of entries, top to bottom, with the kinds each shows. */
    private static final List<List<Kind>> ROWS = List.of(List.of(Kind.OPENED, Kind.MENTIONS_LINKED), List.of(Kind.STATUS),
            List.of(Kind.TASK_DONE, Kind.CALENDAR_DONE), List.of(Kind.PUBLIC_UPDATE), List.of(Kind.DECISION, Kind.NOTE, Kind.CORRECTION,
                    Kind.EVALUATION), List.of(Kind.HANDOVER, Kind.NOTIFIED));
    private static final Color[] ROW_COLORS = {new Color(0x4A6FA5), new Color(0x2E7D32), new Color(0x6A1B9A),
        new Color(0xEF6C00), new Color(0x37474F), new Color(0x00838F)};

    @Override
    public String extension() {
        return "png";
    }

    @Override
    public void write(IncidentReport report, Locale language, OutputStream out) throws IOException {
        Labels labels = Labels.of(language);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, report, labels);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        out.flush();
    }

    private static void draw(Graphics2D g, IncidentReport report, Labels labels) {
        Instant from = report.incident().started().isBefore(report.incident().detected())
                ? report.incident().started() : report.incident().detected();
        Instant to = report.made();
        for (TimelineEntry entry : report.timeline()) {
            to = entry.at().isAfter(to) ? entry.at() : to;
        }
        Duration span = Duration.between(from, to);
        if (span.toMinutes() < 10) {
            span = Duration.ofMinutes(10);
        }
        Duration margin = span.dividedBy(30);
        Instant start = from.minus(margin);
        double perSecond = (double) (WIDTH - LEFT - RIGHT) / span.plus(margin.multipliedBy(2)).getSeconds();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(Color.DARK_GRAY);
        g.drawString(report.incident().title(), 20, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(labels.format("incident.chart.volume", labels.format("incident.minutes",
                report.bucketSeconds() / 60)), 20, 50);

        long largest = Math.max(1, report.volume().stream().mapToLong(bucket -> bucket[1]).max().orElse(1));
        int bottom = TOP + VOLUME;
        for (long[] bucket : report.volume()) {
            int x = LEFT + (int) Math.round((bucket[0] - start.getEpochSecond()) * perSecond);
            int width = Math.max(1, (int) Math.floor(report.bucketSeconds() * perSecond) - 1);
            int all = (int) Math.round((double) bucket[1] / largest * VOLUME);
            int negative = (int) Math.round((double) bucket[2] / largest * VOLUME);
            g.setColor(VOLUME_COLOR);
            g.fillRect(x, bottom - all, width, all - negative);
            g.setColor(NEGATIVE_COLOR);
            g.fillRect(x, bottom - negative, width, negative);
        }
        g.setColor(LINE_COLOR);
        g.drawLine(LEFT, bottom, WIDTH - RIGHT, bottom);
        g.setColor(Color.GRAY);
        g.drawString(String.valueOf(largest), LEFT - 40, TOP + 10);

        int lanes = bottom + 30;
        for (int row = 0; row < ROWS.size(); row++) {
            int y = lanes + row * LANE;
            g.setColor(LINE_COLOR);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels.text("incident.lane." + row), 20, y + 5);
        }
        for (TimelineEntry entry : report.timeline()) {
            int row = rowOf(entry.kind());
            int x = LEFT + (int) Math.round(Duration.between(start, entry.at()).getSeconds() * perSecond);
            g.setColor(ROW_COLORS[row]);
            g.fillOval(x - 5, lanes + row * LANE - 5, 10, 10);
        }
        int axis = lanes + ROWS.size() * LANE;
        drawTimes(g, start, span.plus(margin.multipliedBy(2)), perSecond, axis);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
        line(g, labels.text("incident.started"), report.incident().started(), start, perSecond, TOP, axis, Color.GRAY);
        line(g, labels.text("incident.detected"), report.incident().detected(), start, perSecond, TOP, axis,
                ROW_COLORS[0]);
    }

    private static int rowOf(Kind kind) {
        for (int row = 0; row < ROWS.size(); row++) {
            if (ROWS.get(row).contains(kind)) {
                return row;
            }
        }
        return 4;
    }

    /** Local times under the chart: hours on short incidents, days on long ones. */
    private static void drawTimes(Graphics2D g, Instant start, Duration shown, double perSecond, int axis) {
        FontMetrics metrics = g.getFontMetrics();
        long stepHours = Math.max(1, shown.toHours() / 10);
        boolean days = stepHours >= 24;
        ZonedDateTime tick = start.atZone(IncidentDocument.LOCAL).truncatedTo(days ? ChronoUnit.DAYS : ChronoUnit.HOURS)
                .plusHours(days ? 24 : 1);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(days ? "d-M" : "d-M HH:mm");
        g.setColor(Color.DARK_GRAY);
        for (; tick.toInstant().isBefore(start.plus(shown)); tick = days ? tick.plusDays(stepHours / 24) : tick.plusHours(stepHours)) {
            int x = LEFT + (int) Math.round(Duration.between(start, tick.toInstant()).getSeconds() * perSecond);
            String text = format.format(tick);
            g.drawLine(x, axis, x, axis + 4);
            g.drawString(text, x - metrics.stringWidth(text) / 2, axis + 18);
        }
    }

    private static void line(Graphics2D g, String label, Instant at, Instant start, double perSecond, int top,
            int bottom, Color color) {
        int x = LEFT + (int) Math.round(Duration.between(start, at).getSeconds() * perSecond);
        g.setColor(color);
        g.drawLine(x, top, x, bottom);
        int width = g.getFontMetrics().stringWidth(label);
        g.drawString(label, x + 4 + width > WIDTH - RIGHT ? x - 4 - width : x + 4, top + 12);
    }
}
