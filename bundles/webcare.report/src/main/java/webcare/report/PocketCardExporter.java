package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Task;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;
import webcare.report.PdfFont.Style;

/**
 * A pocket card per role, eight to an A4 page (2 × 4 cards of 90 × 62 mm) with cut marks: the
 * role, who holds it and who stands in with their numbers, its first tasks with target times, and
 * the crisis lead's number. What does not fit on a card is cut with "… and N more".
 */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=cards")
public final class PocketCardExporter implements PlanExporter {

    private static final float MM = PdfFlow.MILLIMETRE;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float CARD_WIDTH = 90 * MM;
    private static final float CARD_HEIGHT = 62 * MM;
    private static final float PADDING = 3.5f * MM;
    private static final float LABEL_WIDTH = 14 * MM;
    private static final float TASK_INDENT = 4 * MM;
    private static final int MAX_DEPUTIES = 2;
    private static final Style TITLE = PdfFlow.INK.size(10.5f).inBold();
    private static final Style SMALL = PdfFlow.MUTED.size(6.5f);
    private static final Style LABEL = PdfFlow.MUTED.size(6.5f).inBold();
    private static final Style TEXT = PdfFlow.INK.size(8);
    private static final Style CRITICAL = PdfFlow.ALERT.size(6.5f).inBold();
    private static final Style LEAD = PdfFlow.INK.size(8).inBold();

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "Pocket cards per role, eight to an A4 page with cut marks (PDF)";
    }

    @Override
    public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
        Labels labels = Labels.of(context.language());
        Names names = new Names(plan, labels);
        String version = context.version() == null ? labels.text("plan.working")
                : labels.format("plan.version", Integer.toString(context.version()));
        String source = labels.format("plan.title", plan.organisation().name()) + " — " + version;
        String lead = names.crisisLead().flatMap(role -> leadLine(role, names)).orElse(null);
        try (PDDocument document = new PDDocument()) {
            PdfReportWriter.describe(document, labels.format("cards.title", plan.organisation().name()),
                    context.language().getLanguage(), context.generatedAt());
            PdfFlow pages = new PdfFlow(document, PdfFont.embed(document));
            List<Role> roles = plan.roles();
            int perPage = COLUMNS * ROWS;
            float left = (PDRectangle.A4.getWidth() - COLUMNS * CARD_WIDTH) / 2;
            float top = PDRectangle.A4.getHeight() - (PDRectangle.A4.getHeight() - ROWS * CARD_HEIGHT) / 2;
            if (roles.isEmpty()) {
                pages.newPage();
                pages.paragraph(labels.text("empty"), pages.left(), PdfFlow.MUTED);
            }
            for (int i = 0; i < roles.size(); i++) {
                if (i % perPage == 0) {
                    pages.newPage();
                    cutMarks(pages.content(), left, top);
                }
                int slot = i % perPage;
                float x = left + (slot % COLUMNS) * CARD_WIDTH;
                float y = top - (slot / COLUMNS) * CARD_HEIGHT;
                new Card(pages.font(), pages.content(), x, y, labels, names).draw(roles.get(i), source, lead);
            }
            pages.finish(PlanReport.footer(plan, context, labels) + " — " + labels.text("cards.cut"), labels);
            PdfReportWriter.save(document, out);
        }
    }

    private static Optional<String> leadLine(Role role, Names names) {
        String holder = role.primary() != null ? role.primary() : role.deputies().stream().findFirst().orElse(null);
        return holder == null ? Optional.empty() : Optional.of(role.name() + ": " + names.firstContact(holder));
    }

    /** Marks outside the grid in line with every cut. */
    private static void cutMarks(PDPageContentStream content, float left, float top) throws IOException {
        float right = left + COLUMNS * CARD_WIDTH;
        float bottom = top - ROWS * CARD_HEIGHT;
        content.setStrokingColor(0.1f, 0.1f, 0.1f);
        content.setLineWidth(0.4f);
        for (int c = 0; c <= COLUMNS; c++) {
            float x = left + c * CARD_WIDTH;
            content.moveTo(x, top + 2 * MM);
            content.lineTo(x, top + 7 * MM);
            content.moveTo(x, bottom - 2 * MM);
            content.lineTo(x, bottom - 7 * MM);
        }
        for (int r = 0; r <= ROWS; r++) {
            float y = top - r * CARD_HEIGHT;
            content.moveTo(left - 2 * MM, y);
            content.lineTo(left - 7 * MM, y);
            content.moveTo(right + 2 * MM, y);
            content.lineTo(right + 7 * MM, y);
        }
        content.stroke();
    }

    /** One card, drawn top-down from its upper left corner; stops before the crisis lead's band. */
    private static final class Card {

        private final PdfFont font;
        private final PDPageContentStream content;
        private final float x;
        private final float top;
        private final float width = CARD_WIDTH - 2 * PADDING;
        private final Labels labels;
        private final Names names;
        private float y;
        private float floor;

        Card(PdfFont font, PDPageContentStream content, float x, float top, Labels labels, Names names) {
            this.font = font;
            this.content = content;
            this.x = x + PADDING;
            this.top = top;
            this.labels = labels;
            this.names = names;
        }

        void draw(Role role, String source, String lead) throws IOException {
            outline();
            y = top - PADDING;
            float bottom = top - CARD_HEIGHT + PADDING;
            floor = lead == null ? bottom : bottom + 2 * LEAD.leading() + 3;

            String mark = role.critical() ? font.printable(labels.text("role.critical").toUpperCase(labels.locale()))
                    : null;
            float markWidth = mark == null ? 0 : font.width(mark, CRITICAL) + 6;
            y -= TITLE.leading();
            font.show(content, font.clip(font.printable(role.name()), TITLE, width - markWidth), x,
                    y + 3, TITLE);
            if (mark != null) {
                font.showRight(content, mark, x + width, y + 4, CRITICAL);
            }
            y -= SMALL.leading();
            font.show(content, font.clip(font.printable(source), SMALL, width), x, y + 1.5f, SMALL);
            y -= 3;
            line(0.5f, 0.6f);
            y -= 2;

            labelled(labels.text("cards.primary"),
                    role.primary() == null ? labels.text("role.noPrimary") : names.contact(role.primary()), 2);
            // Deputies with their first number only, so the tasks keep room on a small card.
            List<String> deputies = role.deputies();
            if (deputies.isEmpty()) {
                labelled(labels.text("cards.deputy"), labels.text("role.noDeputy"), 1);
            }
            for (int i = 0; i < Math.min(deputies.size(), MAX_DEPUTIES); i++) {
                deputy(deputies.get(i));
            }
            if (deputies.size() > MAX_DEPUTIES && y - TEXT.leading() >= floor) {
                y -= TEXT.leading();
                font.show(content, font.printable(labels.format("cards.more",
                        Integer.toString(deputies.size() - MAX_DEPUTIES))), x + LABEL_WIDTH, y + 1.5f, SMALL);
            }
            tasks(role.tasks());
            if (lead != null) {
                leadBand(lead, bottom);
            }
        }

        /** A label in the left column and its wrapped value, at most {@code maxLines} lines. */
        private void labelled(String label, String value, int maxLines) throws IOException {
            List<String> lines = font.wrap(value, TEXT, width - LABEL_WIDTH);
            if (lines.size() > maxLines) {
                lines = new ArrayList<>(lines.subList(0, maxLines));
                lines.set(maxLines - 1, font.clip(lines.get(maxLines - 1) + "…", TEXT, width - LABEL_WIDTH));
            }
            for (int i = 0; i < lines.size() && y - TEXT.leading() >= floor; i++) {
                y -= TEXT.leading();
                if (i == 0) {
                    font.show(content, font.clip(font.printable(label), LABEL, LABEL_WIDTH - 2), x, y + 1.5f,
                            LABEL);
                }
                font.show(content, lines.get(i), x + LABEL_WIDTH, y + 1.5f, TEXT);
            }
        }

        /** One line: a long name is cut, never the number. */
        private void deputy(String personId) throws IOException {
            if (y - TEXT.leading() < floor) {
                return;
            }
            String line = font.printable(names.firstContact(personId));
            int dash = line.lastIndexOf(" — ");
            float room = width - LABEL_WIDTH;
            if (dash > 0 && font.width(line, TEXT) > room) {
                String number = line.substring(dash);
                line = font.clip(line.substring(0, dash), TEXT, room - font.width(number, TEXT)) + number;
            }
            y -= TEXT.leading();
            font.show(content, font.clip(font.printable(labels.text("cards.deputy")), LABEL, LABEL_WIDTH - 2), x,
                    y + 1.5f, LABEL);
            font.show(content, font.clip(line, TEXT, room), x + LABEL_WIDTH, y + 1.5f, TEXT);
        }

        /** The tasks in checklist order, as many as fit, the rest counted. */
        private void tasks(List<Task> tasks) throws IOException {
            if (tasks.isEmpty() || y - 2 * TEXT.leading() - 3 < floor) {
                return;
            }
            y -= 3 + TEXT.leading();
            font.show(content, font.printable(labels.text("cards.firstTasks")), x, y + 1.5f, LABEL);
            float textX = x + TASK_INDENT;
            for (int n = 0; n < tasks.size(); n++) {
                Task task = tasks.get(n);
                List<String> lines = font.wrap(task.title() + " — " + labels.target(task), TEXT, width - TASK_INDENT);
                boolean last = n == tasks.size() - 1;
                float needed = Math.min(lines.size(), 2) * TEXT.leading() + (last ? 0 : TEXT.leading());
                if (y - needed < floor) {
                    y -= TEXT.leading();
                    font.show(content, font.printable(labels.format("cards.more", Integer.toString(tasks.size() - n))),
                            textX, y + 1.5f, SMALL);
                    return;
                }
                for (int i = 0; i < Math.min(lines.size(), 2); i++) {
                    y -= TEXT.leading();
                    String text = i == 1 && lines.size() > 2
                            ? font.clip(lines.get(1) + "…", TEXT, width - TASK_INDENT) : lines.get(i);
                    if (i == 0) {
                        font.showRight(content, (n + 1) + ".", textX - 2.5f, y + 1.5f, TEXT);
                    }
                    font.show(content, text, textX, y + 1.5f, TEXT);
                }
            }
        }

        /** The crisis lead's name and numbers in a shaded band at the foot of the card. */
        private void leadBand(String lead, float bottom) throws IOException {
            List<String> lines = font.wrap(lead, LEAD, width - 6);
            int count = Math.min(lines.size(), 2);
            float height = count * LEAD.leading() + 3;
            content.setNonStrokingColor(0.9f, 0.92f, 0.94f);
            content.addRect(x - 1.5f, bottom - 1, width + 3, height + 1);
            content.fill();
            float baseline = bottom + height - LEAD.leading() + 1;
            for (int i = 0; i < count; i++) {
                font.show(content, lines.get(i), x + 2, baseline - i * LEAD.leading(), LEAD);
            }
        }

        /** A faint dashed edge, for cutting without a guillotine. */
        private void outline() throws IOException {
            content.setStrokingColor(0.8f, 0.8f, 0.8f);
            content.setLineWidth(0.3f);
            content.setLineDashPattern(new float[] {2, 2}, 0);
            content.addRect(x - PADDING, top - CARD_HEIGHT, CARD_WIDTH, CARD_HEIGHT);
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
        }

        private void line(float thickness, float grey) throws IOException {
            content.setStrokingColor(grey, grey, grey);
            content.setLineWidth(thickness);
            content.moveTo(x, y);
            content.lineTo(x + width, y);
            content.stroke();
        }
    }
}
