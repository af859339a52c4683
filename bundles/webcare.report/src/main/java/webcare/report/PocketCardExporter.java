package webcare.report;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import webcare.model.plan.Plan;
import webcare.model.plan.Role;
import webcare.model.plan.Task;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanExporter;
import webcare.report.PdfFont.Style;

/**
 * A pocket card per role, eight to an A4 page (2 × 4 cards of 90 × 62 mm) with cut marks: the
 * role, who holds it and who stands in with their numbers, its tasks with target times, and the
 * crisis lead's number. The tasks are set a little smaller when that makes them all fit; when
 * they truly do not, the card shows the first ones and says how many more the plan holds.
 */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=cards")
public final class PocketCardExporter implements PlanExporter {

    /** To say whether a working plan equals an approved version (see {@link Approval}); may be absent. */
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PlanBook book;
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile PlanDiff diff;

    public PocketCardExporter() {}

    PocketCardExporter(PlanBook book, PlanDiff diff) {
        this.book = book;
        this.diff = diff;
    }

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
    /** Sizes the task list may take, largest first: never below 6.5 pt, the size of the card's smallest print. */
    private static final List<Style> TASK_SIZES = List.of(TEXT, PdfFlow.INK.size(7.5f), PdfFlow.INK.size(7),
            PdfFlow.INK.size(6.5f));
    private static final int MAX_LEAD_LINES = 2;
    /** The "Tasks" label above the list, with a little air above it. */
    private static final float HEADER = 3 + LABEL.leading() + 1.5f;

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
        String version = Approval.status(plan, context, labels, book, diff);
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
            floor = lead == null ? bottom : bottom + leadLines(lead).size() * LEAD.leading() + 3;

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
            // A line saying "1 more" takes the room of that one deputy: then name them.
            int shown = deputies.size() <= MAX_DEPUTIES + 1 ? deputies.size() : MAX_DEPUTIES;
            for (int i = 0; i < shown; i++) {
                deputy(deputies.get(i));
            }
            if (deputies.size() > shown && y - TEXT.leading() >= floor) {
                y -= TEXT.leading();
                font.show(content, font.printable(labels.format("cards.moreDeputies", deputies.size() - shown)),
                        x + LABEL_WIDTH, y + 1.5f, SMALL);
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

        /**
         * The tasks in checklist order: all of them, in the largest size at which they all fit;
         * else as many as fit in the smallest, and a line saying how many more the plan holds.
         * A task is shown whole or not at all.
         */
        private void tasks(List<Task> tasks) throws IOException {
            if (tasks.isEmpty()) {
                return;
            }
            float width = this.width - TASK_INDENT;
            float room = y - HEADER - floor;
            for (Style style : TASK_SIZES) {
                List<List<String>> lines = tasks.stream().map(task -> font.wrap(line(task), style, width)).toList();
                if (lines.stream().mapToInt(List::size).sum() * style.leading() <= room) {
                    header(labels.text("cards.tasks"));
                    for (int n = 0; n < tasks.size(); n++) {
                        task(n, lines.get(n), style);
                    }
                    return;
                }
            }
            Style style = TASK_SIZES.get(TASK_SIZES.size() - 1);
            if (room < style.leading() + SMALL.leading()) {
                // Not even one task: say where they are, if that line fits.
                if (y - TEXT.leading() >= floor) {
                    y -= TEXT.leading();
                    font.show(content, font.printable(labels.format("cards.tasksInPlan", tasks.size())), x, y + 1.5f,
                            LABEL);
                }
                return;
            }
            header(labels.text("cards.firstTasks"));
            for (int n = 0; n < tasks.size(); n++) {
                List<String> lines = font.wrap(line(tasks.get(n)), style, width);
                float countLine = n == tasks.size() - 1 ? 0 : SMALL.leading();
                if (y - lines.size() * style.leading() - countLine < floor) {
                    y -= SMALL.leading();
                    font.show(content, font.printable(labels.format("cards.moreTasks", tasks.size() - n)), x + TASK_INDENT,
                            y + 1.5f, SMALL);
                    return;
                }
                task(n, lines, style);
            }
        }

        private String line(Task task) {
            return task.title() + " — " + labels.target(task);
        }

        private void header(String text) throws IOException {
            y -= HEADER;
            font.show(content, font.printable(text), x, y + 1.5f, LABEL);
        }

        /** Task {@code n} (0-based) as its number and its wrapped lines. */
        private void task(int n, List<String> lines, Style style) throws IOException {
            float textX = x + TASK_INDENT;
            for (int i = 0; i < lines.size(); i++) {
                y -= style.leading();
                if (i == 0) {
                    font.showRight(content, (n + 1) + ".", textX - 2.5f, y + 1.5f, style);
                }
                font.show(content, lines.get(i), textX, y + 1.5f, style);
            }
        }

        private List<String> leadLines(String lead) {
            List<String> lines = font.wrap(lead, LEAD, width - 6);
            return lines.subList(0, Math.min(lines.size(), MAX_LEAD_LINES));
        }

        /** The crisis lead's name and numbers in a shaded band at the foot of the card. */
        private void leadBand(String lead, float bottom) throws IOException {
            List<String> lines = leadLines(lead);
            int count = lines.size();
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
