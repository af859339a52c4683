package webcare.ui.review.swt;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import webcare.model.plan.ReviewItem.Outcome;

/**
 * Colours and type for a meeting-room projector: dark text on white (a lit room washes a dark
 * background out to grey), decision colours that carry white text, and type sized from the
 * system font (so the user's font preference counts) and the screen's height. Owns its fonts:
 * {@link #dispose()} frees them.
 */
final class Look {

    /** How many times type may be made smaller to fit an item with many lines on the screen. */
    static final int STEPS = 6;

    final Color background = new Color(255, 255, 255);
    final Color text = new Color(17, 17, 17);
    final Color muted = new Color(70, 70, 70);
    final Color rule = new Color(200, 200, 200);
    final Color open = new Color(226, 226, 226);
    final Color confirmed = new Color(22, 120, 52);
    final Color changed = new Color(25, 90, 190);
    final Color flagged = new Color(196, 78, 0);
    final Color flagBackground = new Color(255, 241, 224);
    final Color noteBackground = new Color(232, 240, 252);
    final Color onColour = new Color(255, 255, 255);

    private final Display display;
    private final FontData base;
    private final double points;
    private final Map<String, Font> fonts = new HashMap<>();

    /**
     * @param screen the bounds of the screen the session is shown on; type grows with its height
     */
    Look(Display display, Rectangle screen) {
        this.display = display;
        this.base = display.getSystemFont().getFontData()[0];
        // 24 pt body text on a 800-line screen with a 10 pt system font; more on taller screens,
        // within limits, and in proportion to a larger system font.
        double system = Math.max(8, Math.min(20, base.getHeight())) / 10.0;
        double height = Math.max(0.85, Math.min(1.6, screen.height / 800.0));
        this.points = system * height;
    }

    /** The colour of a decision; {@link #open} for none. */
    Color colour(Outcome outcome) {
        if (outcome == null) {
            return open;
        }
        return switch (outcome) {
            case CONFIRMED -> confirmed;
            case CHANGED -> changed;
            case FLAGGED -> flagged;
        };
    }

    /** The item's title: 40 pt on the reference screen, {@code step} steps smaller to fit. */
    Font title(int step) {
        return font(40 * shrink(step), SWT.BOLD);
    }

    /** The item's lines and flags: 24 pt on the reference screen. */
    Font body(int step) {
        return font(24 * shrink(step), SWT.NORMAL);
    }

    Font bodyBold(int step) {
        return font(24 * shrink(step), SWT.BOLD);
    }

    /** Buttons, the section name and the counter. */
    Font label() {
        return font(18, SWT.NORMAL);
    }

    Font labelBold() {
        return font(18, SWT.BOLD);
    }

    /** Buttons when the row does not fit with {@link #label()}. */
    Font buttonSmaller() {
        return font(15, SWT.NORMAL);
    }

    /** The hint line at the bottom. */
    Font small() {
        return font(14, SWT.NORMAL);
    }

    /** The counts on the summary. */
    Font huge() {
        return font(56, SWT.BOLD);
    }

    private static double shrink(int step) {
        return 1 - 0.1 * Math.max(0, Math.min(STEPS - 1, step));
    }

    private Font font(double referencePoints, int style) {
        int height = (int) Math.max(8, Math.round(referencePoints * points));
        return fonts.computeIfAbsent(height + "/" + style,
                key -> new Font(display, new FontData(base.getName(), height, style)));
    }

    void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
