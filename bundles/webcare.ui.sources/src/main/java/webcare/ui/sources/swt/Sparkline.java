package webcare.ui.sources.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/** Draws a row's daily volume as a small line with the last day marked, inside a table cell. */
final class Sparkline {

    private static final int MARGIN = 4;

    private Sparkline() {}

    static void draw(GC gc, Rectangle cell, long[] volume) {
        long max = 1;
        for (long value : volume) {
            max = Math.max(max, value);
        }
        int width = cell.width - 2 * MARGIN;
        int height = cell.height - 2 * MARGIN;
        if (width < volume.length || height < 4) {
            return;
        }
        int[] points = new int[volume.length * 2];
        for (int i = 0; i < volume.length; i++) {
            points[2 * i] = cell.x + MARGIN + i * width / (volume.length - 1);
            points[2 * i + 1] = cell.y + MARGIN + height - (int) (volume[i] * height / max);
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.drawPolyline(points);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.fillOval(points[points.length - 2] - 3, points[points.length - 1] - 3, 6, 6);
    }
}
