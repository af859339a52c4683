package webcare.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import webcare.report.PdfFont.Style;

/**
 * Text flowing down A4 pages: a cursor that moves down line by line and starts a new page when
 * the next line does not fit; at the end a footer and "page N of M" on every page. Knows nothing
 * of what it prints ({@link PdfReportWriter} does).
 */
final class PdfFlow {

    static final float MILLIMETRE = 72f / 25.4f;
    static final float MARGIN = 20 * MILLIMETRE;
    private static final float BOTTOM = 24 * MILLIMETRE;
    private static final float FOOTER_BASELINE = 12 * MILLIMETRE;
    static final Style INK = Style.of(10);
    static final Style MUTED = Style.of(10).colour(0.36f, 0.4f, 0.45f);
    static final Style ACCENT = Style.of(10).colour(0.12f, 0.31f, 0.47f);
    static final Style ALERT = Style.of(10).colour(0.7f, 0.15f, 0.12f);

    private final PDDocument document;
    private final PdfFont font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfFlow(PDDocument document, PdfFont font) {
        this.document = document;
        this.font = font;
    }

    PdfFont font() {
        return font;
    }

    /** The current page's content; starts the first page if none yet. */
    PDPageContentStream content() throws IOException {
        if (content == null) {
            newPage();
        }
        return content;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float right() {
        return PDRectangle.A4.getWidth() - MARGIN;
    }

    /** The top of the next line. */
    float y() {
        return y;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Whether nothing was printed on this page yet. */
    boolean atTop() {
        return content == null || y >= PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit on this one (or it is still empty). */
    boolean ensure(float height) throws IOException {
        if (content == null || (y - height < BOTTOM && !atTop())) {
            newPage();
            return true;
        }
        return false;
    }

    /** Moves the cursor down; never past the bottom margin. */
    void skip(float points) {
        y = Math.max(BOTTOM, y - points);
    }

    /**
     * Takes room for one line of {@code leading} points (on a new page when needed) and returns its
     * baseline for text of {@code size} points.
     */
    float nextLine(float leading, float size) throws IOException {
        ensure(leading);
        float baseline = y - (leading - size) / 2 - size * 0.8f;
        y -= leading;
        return baseline;
    }

    /** Prints wrapped text from {@code x} to the right margin, line by line, breaking pages as needed. */
    void paragraph(String text, float x, Style style) throws IOException {
        for (String line : font.wrap(text, style, right() - x)) {
            font.show(content(), line, x, nextLine(style.leading(), style.size()), style);
        }
    }

    /** A horizontal line across the text width at the cursor. */
    void rule(float thickness, Style colour) throws IOException {
        PDPageContentStream page = content();
        page.setStrokingColor(colour.red(), colour.green(), colour.blue());
        page.setLineWidth(thickness);
        page.moveTo(left(), y);
        page.lineTo(right(), y);
        page.stroke();
    }

    /** Closes the last page and prints {@code footer} and "page N of M" at the foot of every page. */
    void finish(String footer, Labels labels) throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        Style small = MUTED.size(8);
        String footerLine = font.printable(footer);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true,
                    true)) {
                foot.setStrokingColor(0.79f, 0.82f, 0.85f);
                foot.setLineWidth(0.5f);
                foot.moveTo(left(), FOOTER_BASELINE + 11);
                foot.lineTo(right(), FOOTER_BASELINE + 11);
                foot.stroke();
                String page = font.printable(labels.format("footer.page", Integer.toString(i + 1),
                        Integer.toString(pages.size())));
                float pageWidth = font.width(page, small);
                font.show(foot, font.clip(footerLine, small, width() - pageWidth - 12), left(),
                        FOOTER_BASELINE, small);
                font.show(foot, page, right() - pageWidth, FOOTER_BASELINE, small);
            }
        }
    }
}
