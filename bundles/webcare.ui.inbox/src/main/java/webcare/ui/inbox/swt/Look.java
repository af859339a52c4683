package webcare.ui.inbox.swt;

import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Control;
import webcare.ui.inbox.model.TriageNotes.Kind;

/**
 * The view's colours and fonts. Colour carries meaning: each decision its own ink on a light fill
 * (red for escalate), overdue in red, abuse and threats red, private data orange. The fonts are
 * freed with the control that owns them.
 */
final class Look {

    /** Ink and fill of a decision's badge. */
    record Badge(Color ink, Color fill) {}

    private static final Badge OTHER = new Badge(new Color(80, 80, 80), new Color(236, 236, 236));
    private static final Map<String, Badge> DECISIONS = Map.of(
            "ESCALATE", new Badge(new Color(170, 20, 20), new Color(253, 224, 224)),
            "HIDE_AND_EXPLAIN", new Badge(new Color(105, 40, 150), new Color(238, 226, 250)),
            "CORRECT_FACTS", new Badge(new Color(160, 80, 0), new Color(255, 236, 210)),
            "RESPOND", new Badge(new Color(20, 80, 165), new Color(222, 235, 253)),
            "MONITOR", new Badge(new Color(30, 105, 95), new Color(222, 243, 238)),
            "NO_ACTION", OTHER);

    final Color overdue = new Color(190, 25, 25);
    final Color quiet = new Color(110, 110, 110);
    final Color threatFill = new Color(255, 205, 205);
    final Color privateFill = new Color(255, 222, 180);
    final Color error = new Color(180, 20, 20);
    final Font bold;
    final Font heading;

    Look(Control owner) {
        bold = derived(owner, 0, SWT.BOLD);
        heading = derived(owner, 3, SWT.BOLD);
        owner.addListener(SWT.Dispose, event -> {
            bold.dispose();
            heading.dispose();
        });
    }

    private static Font derived(Control owner, int larger, int style) {
        FontData[] data = owner.getFont().getFontData();
        for (FontData each : data) {
            each.setHeight(each.getHeight() + larger);
            each.setStyle(style);
        }
        return new Font(owner.getDisplay(), data);
    }

    Badge badge(String decision) {
        return DECISIONS.getOrDefault(decision, OTHER);
    }

    /** The fill behind a flagged stretch of text. */
    Color flagFill(Kind kind) {
        return kind == Kind.PRIVATE_DATA ? privateFill : threatFill;
    }
}
