package webcare.report;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The one font of a PDF document: Liberation Sans from PDFBox's own jar, embedded as a subset, so
 * Dutch diacritics, curly quotes and € print on any machine. Bold is the same outline filled and
 * stroked. Knows which characters it can draw: the rest (emoji) print as '?' instead of failing.
 * One instance per document, used by one thread.
 */
final class PdfFont {

    /** Inside PDFBox's bundle, read through a PDFBox class so it resolves under OSGi too. */
    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final char MISSING = '?';
    private static final float BOLD_STROKE = 0.035f;

    /** A font size, weight and colour (RGB, 0 to 1). */
    record Style(float size, boolean bold, float red, float green, float blue) {

        static Style of(float size) {
            return new Style(size, false, 0.11f, 0.15f, 0.2f);
        }

        Style inBold() {
            return new Style(size, true, red, green, blue);
        }

        Style colour(float r, float g, float b) {
            return new Style(size, bold, r, g, b);
        }

        Style size(float points) {
            return new Style(points, bold, red, green, blue);
        }

        /** Baseline-to-baseline distance. */
        float leading() {
            return size * 1.3f;
        }
    }

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> advances = new HashMap<>();

    private PdfFont(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    /** Embeds the font in {@code document}; it is subset when the document is saved. */
    static PdfFont embed(PDDocument document) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IOException("The font " + LIBERATION_SANS + " is missing from the PDFBox bundle");
            }
            PDType0Font font = PDType0Font.load(document, in);
            CmapLookup cmap = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
            return new PdfFont(font, cmap);
        }
    }

    /**
     * {@code text} as this font can draw it: composed (NFC), tabs and line breaks as spaces,
     * invisible format characters and variation selectors dropped, anything without a glyph as '?'.
     */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(point -> {
            if (point == '\t' || point == '\n' || point == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(point) || Character.getType(point) == Character.FORMAT
                    || (point >= 0xFE00 && point <= 0xFE0F) || (point >= 0xE0100 && point <= 0xE01EF)) {
                return;
            } else if (cmap.getGlyphId(point) > 0) {
                out.appendCodePoint(point);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** The width in points of printable text. */
    float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int point = printable.codePointAt(i);
            units += advance(point);
            i += Character.charCount(point);
        }
        return units * size / 1000f;
    }

    private float advance(int point) {
        Float known = advances.get(point);
        if (known == null) {
            try {
                known = font.getStringWidth(new String(Character.toChars(point)));
            } catch (IOException | IllegalArgumentException unmeasurable) {
                known = 500f;
            }
            advances.put(point, known);
        }
        return known;
    }

    /**
     * {@code text} broken into printable lines no wider than {@code width}: at spaces, at each
     * {@code '\n'}, and inside a word only when the word alone is too wide. A no-break space never
     * breaks. An empty text is one empty line.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            String printable = printable(paragraph);
            if (width(printable, size) <= width) {
                lines.add(printable.strip());
                continue;
            }
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            float space = width(" ", size);
            for (String word : printable.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (wordWidth > width) {
                    int cut = fitting(word, size, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordWidth = width(word, size);
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code width}; at least one code point. */
    private int fitting(String word, float size, float width) {
        float used = 0;
        int i = 0;
        while (i < word.length()) {
            int point = word.codePointAt(i);
            float next = advance(point) * size / 1000f;
            if (used + next > width && i > 0) {
                break;
            }
            used += next;
            i += Character.charCount(point);
        }
        return i;
    }

    /**
     * {@code text} cut to fit {@code width}, ending in "…" when cut.
     */
    String clip(String printable, float size, float width) {
        if (width(printable, size) <= width) {
            return printable;
        }
        String ellipsis = "…";
        int end = fitting(printable, size, Math.max(0, width - width(ellipsis, size)));
        return printable.substring(0, end).stripTrailing() + ellipsis;
    }

    /** Draws one printable line with its baseline at {@code y}. */
    void show(PDPageContentStream content, String printable, float x, float y, Style style) throws IOException {
        content.setNonStrokingColor(style.red(), style.green(), style.blue());
        if (style.bold()) {
            content.setStrokingColor(style.red(), style.green(), style.blue());
            content.setLineWidth(style.size() * BOLD_STROKE);
        }
        content.beginText();
        content.setFont(font, style.size());
        content.setRenderingMode(style.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        content.newLineAtOffset(x, y);
        content.showText(printable.replace(Report.NO_BREAK, ' '));
        content.endText();
    }

    /** Draws a printable line ending at {@code right}. */
    void showRight(PDPageContentStream content, String printable, float right, float y, Style style)
            throws IOException {
        show(content, printable, right - width(printable, style.size()), y, style);
    }
}
