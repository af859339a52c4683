package webcare.ui.plan.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The fonts, colours and small icons of the editor. Made once per editor and freed with the
 * control that owns them.
 */
final class Looks {

    static final int ICON_SIZE = 16;

    final Font title;
    final Font bold;
    final Color error;
    final Color warning;
    final Color ok;
    final Color quiet;
    final Image errorIcon;
    final Image warningIcon;

    Looks(Control owner) {
        Display display = owner.getDisplay();
        title = derived(display, owner.getFont(), 1.45, SWT.BOLD);
        bold = derived(display, owner.getFont(), 1.0, SWT.BOLD);
        error = new Color(display, 0xC6, 0x28, 0x28);
        warning = new Color(display, 0xD9, 0x6C, 0x00);
        ok = new Color(display, 0x2E, 0x7D, 0x32);
        quiet = new Color(display, 0x6B, 0x6B, 0x6B);
        errorIcon = small(display, SWT.ICON_ERROR);
        warningIcon = small(display, SWT.ICON_WARNING);
        owner.addListener(SWT.Dispose, event -> {
            title.dispose();
            bold.dispose();
            errorIcon.dispose();
            warningIcon.dispose();
        });
    }

    private static Font derived(Display display, Font base, double scale, int style) {
        FontData[] data = base.getFontData();
        for (FontData each : data) {
            each.setHeight((int) Math.round(each.getHeight() * scale));
            each.setStyle(each.getStyle() | style);
        }
        return new Font(display, data);
    }

    /**
     * A system image (owned by the display, never disposed here) drawn at list size. The system
     * images are dialog sized; GC scaling with interpolation keeps them smooth, and the alpha of
     * the original is copied over so the icon has no box around it.
     */
    private static Image small(Display display, int systemImage) {
        Image large = display.getSystemImage(systemImage);
        Rectangle bounds = large.getBounds();
        ImageData source = large.getImageData();
        ImageData scaled = source.scaledTo(ICON_SIZE, ICON_SIZE);
        if (bounds.width <= ICON_SIZE) {
            return new Image(display, scaled);
        }
        Image smooth = new Image(display, ICON_SIZE, ICON_SIZE);
        GC gc = new GC(smooth);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, ICON_SIZE, ICON_SIZE);
            gc.setAntialias(SWT.ON);
            gc.setInterpolation(SWT.HIGH);
            gc.drawImage(large, 0, 0, bounds.width, bounds.height, 0, 0, ICON_SIZE, ICON_SIZE);
        } finally {
            gc.dispose();
        }
        ImageData data = smooth.getImageData();
        smooth.dispose();
        if (source.alphaData != null || source.getTransparencyType() == SWT.TRANSPARENCY_ALPHA) {
            // the alpha channel, scaled smoothly by averaging the source pixels behind each target pixel
            data.alphaData = averagedAlpha(source, ICON_SIZE);
        } else {
            data.alphaData = scaled.alphaData;
            data.transparentPixel = scaled.transparentPixel;
            data.maskData = scaled.maskData;
            data.maskPad = scaled.maskPad;
        }
        return new Image(display, data);
    }

    private static byte[] averagedAlpha(ImageData source, int size) {
        byte[] alpha = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int x0 = x * source.width / size;
                int x1 = Math.max(x0 + 1, (x + 1) * source.width / size);
                int y0 = y * source.height / size;
                int y1 = Math.max(y0 + 1, (y + 1) * source.height / size);
                long sum = 0;
                for (int sy = y0; sy < y1; sy++) {
                    for (int sx = x0; sx < x1; sx++) {
                        sum += source.getAlpha(sx, sy);
                    }
                }
                alpha[y * size + x] = (byte) (sum / ((long) (x1 - x0) * (y1 - y0)));
            }
        }
        return alpha;
    }
}
