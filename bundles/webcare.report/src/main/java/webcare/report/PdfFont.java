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

/**
 * The fonts of a PDF document, embedded as subsets so Dutch diacritics, curly quotes and € print
 * on any machine: Liberation Sans Regular from PDFBox's own jar, and Liberation Sans Bold shipped
 * in this bundle ({@code fonts/}, with its SIL Open Font License beside it). Knows which
 * characters both faces can draw: the rest (emoji) print as '?' instead of failing. Widths are
 * measured in the face a {@link Style} asks for. One instance per document, used by one thread.
 */
final class PdfFont {

    /** Inside PDFBox's bundle, read through a PDFBox class so it resolves under OSGi too. */
    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Beside this class, so it resolves inside this bundle. */
    private static final String LIBERATION_SANS_BOLD = "fonts/LiberationSans-Bold.ttf";
    private static final char MISSING = '?';

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

    /** One face: the embedded font, its character map and the widths measured so far. */
    private static final class Face {
        final PDType0Font font;
        final CmapLookup cmap;
        final Map<Integer, Float> advances = new HashMap<>();

        Face(PDType0Font font) throws IOException {
            this.font = font;
            this.cmap = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
        }

        float advance(int point) {
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
    }

    private final Face regular;
    private final Face bold;

    private PdfFont(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Embeds both faces in {@code document}; they are subset when the document is saved. */
    static PdfFont embed(PDDocument document) throws IOException {
        return new PdfFont(new Face(load(document, PDDocument.class, LIBERATION_SANS, "the PDFBox bundle")),
                new Face(load(document, PdfFont.class, LIBERATION_SANS_BOLD, "the webcare.report bundle")));
    }

    /** Read through {@code owner}, so the resource resolves in the bundle that holds it, under OSGi too. */
    private static PDType0Font load(PDDocument document, Class<?> owner, String resource, String where)
            throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing from " + where);
            }
            return PDType0Font.load(document, in);
        }
    }

    private Face face(Style style) {
        return style.bold() ? bold : regular;
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
            } else if (regular.cmap.getGlyphId(point) > 0 && bold.cmap.getGlyphId(point) > 0) {
                out.appendCodePoint(point);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    /** The width in points of printable text in {@code style}'s face and size. */
    float width(String printable, Style style) {
        Face face = face(style);
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int point = printable.codePointAt(i);
            units += face.advance(point);
            i += Character.charCount(point);
        }
        return units * style.size() / 1000f;
    }

    /**
     * {@code text} broken into printable lines no wider than {@code width}: at spaces, at each
     * {@code '\n'}, and inside a word only when the word alone is too wide. A no-break space never
     * breaks. An empty text is one empty line.
     */
    List<String> wrap(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            String printable = printable(paragraph);
            if (width(printable, style) <= width) {
                lines.add(printable.strip());
                continue;
            }
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            float space = width(" ", style);
            for (String word : printable.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, style);
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
                    int cut = fitting(word, style, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordWidth = width(word, style);
                }
                line.append(word);
                lineWidth = wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code width}; at least one code point. */
    private int fitting(String word, Style style, float width) {
        Face face = face(style);
        float used = 0;
        int i = 0;
        while (i < word.length()) {
            int point = word.codePointAt(i);
            float next = face.advance(point) * style.size() / 1000f;
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
    String clip(String printable, Style style, float width) {
        if (width(printable, style) <= width) {
            return printable;
        }
        String ellipsis = "…";
        int end = fitting(printable, style, Math.max(0, width - width(ellipsis, style)));
        return printable.substring(0, end).stripTrailing() + ellipsis;
    }

    /** Draws one printable line with its baseline at {@code y}. */
    void show(PDPageContentStream content, String printable, float x, float y, Style style) throws IOException {
        content.setNonStrokingColor(style.red(), style.green(), style.blue());
        content.beginText();
        content.setFont(face(style).font, style.size());
        content.newLineAtOffset(x, y);
        content.showText(printable.replace(Report.NO_BREAK, ' '));
        content.endText();
    }

    /** Draws a printable line ending at {@code right}. */
    void showRight(PDPageContentStream content, String printable, float right, float y, Style style)
            throws IOException {
        show(content, printable, right - width(printable, style), y, style);
    }
}
