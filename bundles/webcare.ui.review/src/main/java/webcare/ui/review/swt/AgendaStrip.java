package webcare.ui.review.swt;

import java.util.List;
import java.util.function.IntConsumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import webcare.plan.api.AgendaItem;
import webcare.ui.review.model.ReviewSession;

/**
 * The progress bar of a session, drawn so the room sees more than how far it is: one segment per
 * agenda item in the colour of its decision (grey while open, a thin orange top for flagged items
 * still open), the current item framed. A click on a segment jumps there.
 */
final class AgendaStrip {

    private final Canvas canvas;
    private final Look look;
    private ReviewSession session;

    AgendaStrip(Composite parent, Look look, IntConsumer jump) {
        this.look = look;
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(look.background);
        canvas.addListener(SWT.Paint, event -> paint(event.gc));
        canvas.addListener(SWT.MouseUp, event -> {
            if (session != null && event.button == 1) {
                Rectangle area = canvas.getClientArea();
                int at = (int) ((long) event.x * session.size() / Math.max(1, area.width));
                jump.accept(Math.max(0, Math.min(session.size() - 1, at)));
            }
        });
    }

    Canvas control() {
        return canvas;
    }

    void show(ReviewSession shown) {
        this.session = shown;
        canvas.redraw();
    }


    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(look.background);
        gc.fillRectangle(area);
        if (session == null || area.width <= 0) {
            return;
        }
        List<AgendaItem> agenda = session.agenda();
        int count = agenda.size();
        int frame = Math.max(2, area.height / 6);
        int top = frame;
        int height = area.height - 2 * frame;
        int gap = area.width / count >= 6 ? 1 : 0;
        for (int i = 0; i < count; i++) {
            int x0 = (int) ((long) i * area.width / count);
            int x1 = (int) ((long) (i + 1) * area.width / count);
            AgendaItem item = agenda.get(i);
            var outcome = session.decision(item.item()).orElse(null);
            gc.setBackground(look.colour(outcome));
            gc.fillRectangle(x0, top, Math.max(1, x1 - x0 - gap), height);
            if (outcome == null && item.flagged()) {
                gc.setBackground(look.flagged);
                gc.fillRectangle(x0, top, Math.max(1, x1 - x0 - gap), Math.max(2, height / 4));
            }
        }
        if (!session.atEnd()) {
            int i = session.position();
            int x0 = (int) ((long) i * area.width / count);
            int x1 = Math.max(x0 + 4, (int) ((long) (i + 1) * area.width / count));
            gc.setForeground(look.text);
            gc.setLineWidth(frame);
            gc.drawRectangle(x0 + frame / 2, frame / 2, Math.min(area.width - 1, x1 - x0) - frame, area.height - frame);
        }
    }
}
