package webcare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import webcare.report.PdfFont.Style;
import webcare.report.Report.Block;
import webcare.report.Report.Column;
import webcare.report.Report.Field;
import webcare.report.Report.Fields;
import webcare.report.Report.Heading;
import webcare.report.Report.Items;
import webcare.report.Report.Paragraph;
import webcare.report.Report.Quote;
import webcare.report.Report.Section;
import webcare.report.Report.Table;
import webcare.report.Report.Title;

/** A {@link Report} as an A4 PDF: the same content as the HTML, laid out by {@link PdfFlow}. */
final class PdfReportWriter {

    private static final float LABEL_WIDTH = 130;
    private static final float GUTTER = 8;
    private static final float ITEM_INDENT = 20;
    private static final float CELL_PADDING = 4;
    private static final Pattern NUMBERED = Pattern.compile("\\d+\\. ");
    private static final Style SECTION_TITLE = PdfFlow.ACCENT.size(16).inBold();
    private static final Style MAJOR_HEADING = PdfFlow.INK.size(12.5f).inBold();
    private static final Style MINOR_HEADING = PdfFlow.MUTED.size(10.5f).inBold();
    private static final Style FIELD_LABEL = PdfFlow.MUTED.size(9.5f).inBold();
    private static final Style TABLE_HEADER = PdfFlow.INK.size(9).inBold();
    private static final Style TABLE_CELL = PdfFlow.INK.size(9.5f);
    private static final Style QUOTE_LABEL = PdfFlow.MUTED.size(9).inBold();
    private static final Style MARK = PdfFlow.ALERT.size(8.5f).inBold();
    /** Lines of a block that must stand under its heading on the same page. */
    private static final int KEPT_LINES = 3;
    /** At most this much is kept with a heading: more would leave half pages blank. */
    private static final float MAX_KEPT = 260;

    private final PdfFlow flow;
    private final PdfFont font;

    private PdfReportWriter(PdfFlow flow) {
        this.flow = flow;
        this.font = flow.font();
    }

    /** Writes {@code report} to {@code out}, leaving {@code out} open. */
    static void write(Report report, Labels labels, Instant created, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, report.title(), report.language(), created);
            PdfFlow flow = new PdfFlow(document, PdfFont.embed(document));
            new PdfReportWriter(flow).sections(report.sections());
            flow.finish(report.footer(), labels);
            save(document, out);
        }
    }

    /** Title, language and creation time: fixed by the caller, so the same plan gives the same file. */
    static void describe(PDDocument document, String title, String language, Instant created) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Webcare Workbench");
        info.setProducer("Webcare Workbench (Apache PDFBox)");
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(calendar);
        document.getDocumentCatalog().setLanguage(language);
    }

    /** PDDocument.save closes the stream it writes to; the exporter contract says not to. */
    static void save(PDDocument document, OutputStream out) throws IOException {
        document.save(new java.io.BufferedOutputStream(new UnclosedOutputStream(out), 64 * 1024));
    }

    /**
     * Sections run on: one starts on the page the last one ended on when its heading and the
     * first lines under it fit there, else on a new page; only a section marked {@code newPage}
     * always starts on one.
     */
    private void sections(List<Section> sections) throws IOException {
        for (Section section : sections) {
            if (section.newPage() && !flow.atTop()) {
                flow.newPage();
            }
            List<Block> blocks = section.blocks();
            if (section.title() != null) {
                if (!flow.atTop()) {
                    flow.skip(22);
                }
                List<String> lines = font.wrap(section.title(), SECTION_TITLE, flow.width());
                flow.ensure(lines.size() * SECTION_TITLE.leading() + 12 + kept(blocks, 0));
                flow.paragraph(section.title(), flow.left(), SECTION_TITLE);
                flow.skip(2);
                flow.rule(0.75f, PdfFlow.ACCENT);
                flow.skip(10);
            }
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Heading heading) {
                    heading(heading, kept(blocks, i + 1));
                } else {
                    block(blocks.get(i));
                }
            }
        }
    }

    /**
     * The height that must stand on the same page under a heading, so no heading is left alone at
     * the foot of a page: the first lines of the block after it, and through a sub-heading or a
     * description of one or two lines to the block after that.
     */
    private float kept(List<Block> blocks, int from) {
        float height = 0;
        for (int i = from; i < blocks.size() && height < MAX_KEPT; i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading heading) {
                height += headingHeight(heading);
            } else if (block instanceof Paragraph paragraph
                    && font.wrap(paragraph.text(), PdfFlow.INK, flow.width()).size() <= 2) {
                height += font.wrap(paragraph.text(), PdfFlow.INK, flow.width()).size() * PdfFlow.INK.leading() + 6;
            } else {
                return Math.min(MAX_KEPT, height + start(block));
            }
        }
        return Math.min(MAX_KEPT, height);
    }

    /** The height of a block's first lines: those kept with the heading above it. */
    private float start(Block block) {
        float line = PdfFlow.INK.leading();
        if (block instanceof Fields fields && !fields.fields().isEmpty()) {
            Field first = fields.fields().get(0);
            int values = first.values().stream()
                    .mapToInt(value -> font.wrap(value, PdfFlow.INK, flow.right() - flow.left() - LABEL_WIDTH).size())
                    .sum();
            return Math.min(KEPT_LINES, Math.max(values, 1)) * line;
        }
        if (block instanceof Items items && !items.items().isEmpty()) {
            return Math.min(KEPT_LINES, font.wrap(items.items().get(0), PdfFlow.INK, flow.width() - ITEM_INDENT).size())
                    * line;
        }
        if (block instanceof Table table) {
            return TABLE_HEADER.leading() + Math.min(table.rows().size(), 2) * TABLE_CELL.leading() + 4 * CELL_PADDING;
        }
        if (block instanceof Quote quote) {
            return QUOTE_LABEL.leading() + 6
                    + Math.min(KEPT_LINES, font.wrap(quote.text(), PdfFlow.INK, flow.width() - 12).size()) * line;
        }
        if (block instanceof Paragraph) {
            return KEPT_LINES * line;
        }
        return 0;
    }

    private float headingHeight(Heading heading) {
        Style style = heading.level() <= 1 ? MAJOR_HEADING : MINOR_HEADING;
        float before = heading.level() <= 1 ? 12 : 4;
        float after = heading.level() <= 1 ? 3 : 1;
        return before + font.wrap(heading.text(), style, flow.width() - markWidth(heading)).size() * style.leading()
                + after;
    }

    private float markWidth(Heading heading) {
        return heading.mark() == null ? 0 : font.width(font.printable(heading.mark()), MARK) + 8 + 10;
    }

    private void block(Block block) throws IOException {
        if (block instanceof Title title) {
            flow.skip(title.cover() ? 90 : 10);
            flow.paragraph(title.text(), flow.left(), PdfFlow.ACCENT.size(26).inBold());
            flow.skip(4);
            flow.paragraph(title.subtitle(), flow.left(), PdfFlow.MUTED.size(14));
            flow.skip(6);
            flow.rule(1.5f, PdfFlow.ACCENT);
            flow.skip(18);
        } else if (block instanceof Heading heading) {
            heading(heading, 0);
        } else if (block instanceof Paragraph paragraph) {
            flow.paragraph(paragraph.text(), flow.left(), paragraph.muted() ? PdfFlow.MUTED : PdfFlow.INK);
            flow.skip(6);
        } else if (block instanceof Fields fields) {
            fields(fields.fields());
        } else if (block instanceof Items items) {
            items(items);
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof Quote quote) {
            quote(quote);
        }
    }

    /** A heading, on a new page unless it and {@code kept} points under it fit on this one. */
    private void heading(Heading heading, float kept) throws IOException {
        boolean major = heading.level() <= 1;
        Style style = major ? MAJOR_HEADING : MINOR_HEADING;
        float before = major ? 12 : 4;
        String mark = heading.mark() == null ? null : font.printable(heading.mark());
        List<String> lines = font.wrap(heading.text(), style, flow.width() - markWidth(heading));
        if (!flow.atTop()) {
            flow.skip(before);
        }
        flow.ensure(lines.size() * style.leading() + (major ? 3 : 1) + kept);
        float baseline = 0;
        for (String line : lines) {
            baseline = flow.nextLine(style.leading(), style.size());
            font.show(flow.content(), line, flow.left(), baseline, style);
        }
        if (mark != null) {
            float x = flow.left() + font.width(lines.get(lines.size() - 1), style) + 10;
            PDPageContentStream content = flow.content();
            content.setStrokingColor(MARK.red(), MARK.green(), MARK.blue());
            content.setLineWidth(0.7f);
            content.addRect(x, baseline - 2.5f, font.width(mark, MARK) + 8, MARK.size() + 3.5f);
            content.stroke();
            font.show(content, mark, x + 4, baseline + 0.3f, MARK);
        }
        flow.skip(major ? 3 : 1);
    }

    private void fields(List<Field> fields) throws IOException {
        Style labelStyle = FIELD_LABEL;
        Style valueStyle = PdfFlow.INK;
        float valueX = flow.left() + LABEL_WIDTH;
        float valueWidth = flow.right() - valueX;
        for (Field field : fields) {
            List<String> labelLines = font.wrap(field.label(), labelStyle, LABEL_WIDTH - GUTTER);
            List<String> valueLines = new ArrayList<>();
            List<Float> indents = new ArrayList<>();
            for (String value : field.values()) {
                // "12. Task — within 1 h": further lines hang under the text, not under the number.
                Matcher number = NUMBERED.matcher(value);
                String marker = number.lookingAt() ? font.printable(number.group()) : "";
                float hang = font.width(marker, valueStyle);
                List<String> wrapped = font.wrap(value.substring(marker.length()), valueStyle, valueWidth - hang);
                for (int i = 0; i < wrapped.size(); i++) {
                    valueLines.add(i == 0 ? marker + wrapped.get(i) : wrapped.get(i));
                    indents.add(i == 0 ? 0f : hang);
                }
            }
            int rows = Math.max(labelLines.size(), valueLines.size());
            flow.ensure(Math.min(rows, 3) * valueStyle.leading());
            for (int i = 0; i < rows; i++) {
                float baseline = flow.nextLine(valueStyle.leading(), valueStyle.size());
                if (i < labelLines.size()) {
                    font.show(flow.content(), labelLines.get(i), flow.left(), baseline, labelStyle);
                }
                if (i < valueLines.size()) {
                    font.show(flow.content(), valueLines.get(i), valueX + indents.get(i), baseline, valueStyle);
                }
            }
            flow.skip(3);
        }
        flow.skip(4);
    }

    private void items(Items items) throws IOException {
        Style style = PdfFlow.INK;
        float textX = flow.left() + ITEM_INDENT;
        for (int n = 0; n < items.items().size(); n++) {
            List<String> lines = font.wrap(items.items().get(n), style, flow.right() - textX);
            String marker = items.numbered() ? (n + 1) + "." : "•";
            flow.ensure(Math.min(lines.size(), 2) * style.leading());
            for (int i = 0; i < lines.size(); i++) {
                float baseline = flow.nextLine(style.leading(), style.size());
                if (i == 0) {
                    font.showRight(flow.content(), marker, textX - 5, baseline, style);
                }
                font.show(flow.content(), lines.get(i), textX, baseline, style);
            }
            flow.skip(1.5f);
        }
        flow.skip(5);
    }

    private void table(Table table) throws IOException {
        Style header = TABLE_HEADER;
        Style cell = TABLE_CELL;
        float total = (float) table.columns().stream().mapToDouble(Column::weight).sum();
        int count = table.columns().size();
        float[] x = new float[count + 1];
        x[0] = flow.left();
        for (int c = 0; c < count; c++) {
            x[c + 1] = x[c] + flow.width() * table.columns().get(c).weight() / total;
        }
        List<List<String>> headerCells = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            headerCells.add(font.wrap(table.columns().get(c).header(), header, x[c + 1] - x[c] - 2 * CELL_PADDING));
        }
        flow.ensure(height(headerCells, header) + 2 * cell.leading() + 2 * CELL_PADDING);
        row(headerCells, x, header, true);
        for (List<String> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                String text = c < row.size() ? row.get(c) : "";
                cells.add(font.wrap(text, cell, x[c + 1] - x[c] - 2 * CELL_PADDING));
            }
            if (flow.ensure(height(cells, cell))) {
                row(headerCells, x, header, true);
            }
            row(cells, x, cell, false);
        }
        flow.skip(10);
    }

    private static float height(List<List<String>> cells, Style style) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.leading() + 2 * CELL_PADDING;
    }

    /** One table row: lines drawn one by one, so a row taller than a page goes on over the break. */
    private void row(List<List<String>> cells, float[] x, Style style, boolean header) throws IOException {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        if (header) {
            PDPageContentStream content = flow.content();
            content.setNonStrokingColor(0.93f, 0.945f, 0.957f);
            content.addRect(x[0], flow.y() - height(cells, style), x[x.length - 1] - x[0], height(cells, style));
            content.fill();
        }
        flow.skip(CELL_PADDING);
        for (int i = 0; i < lines; i++) {
            float baseline = flow.nextLine(style.leading(), style.size());
            for (int c = 0; c < cells.size(); c++) {
                if (i < cells.get(c).size()) {
                    font.show(flow.content(), cells.get(c).get(i), x[c] + CELL_PADDING, baseline, style);
                }
            }
        }
        flow.skip(CELL_PADDING);
        PDPageContentStream content = flow.content();
        content.setStrokingColor(0.79f, 0.82f, 0.85f);
        content.setLineWidth(0.5f);
        content.moveTo(x[0], flow.y());
        content.lineTo(x[x.length - 1], flow.y());
        content.stroke();
    }

    private void quote(Quote quote) throws IOException {
        Style labelStyle = QUOTE_LABEL;
        Style style = PdfFlow.INK;
        float textX = flow.left() + 12;
        List<String> lines = font.wrap(quote.text(), style, flow.right() - textX);
        flow.skip(4);
        flow.ensure(labelStyle.leading() + Math.min(lines.size(), 3) * style.leading());
        font.show(flow.content(), font.printable(quote.label()), flow.left(),
                flow.nextLine(labelStyle.leading(), labelStyle.size()), labelStyle);
        flow.skip(2);
        for (String line : lines) {
            float baseline = flow.nextLine(style.leading(), style.size());
            PDPageContentStream content = flow.content();
            content.setNonStrokingColor(0.12f, 0.31f, 0.47f);
            content.addRect(flow.left() + 1, flow.y(), 2.2f, style.leading());
            content.fill();
            font.show(content, line, textX, baseline, style);
        }
        flow.skip(6);
    }
}
