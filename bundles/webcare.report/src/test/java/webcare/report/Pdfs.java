package webcare.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import webcare.model.plan.Plan;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;

/** Reading back what the exporters wrote. */
final class Pdfs {

    private Pdfs() {}

    static byte[] export(PlanExporter exporter, Plan plan, ExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(plan, context, out);
        return out.toByteArray();
    }

    /** The text of pages {@code from} to {@code to} (1-based), whitespace runs as one space. */
    static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = PDDocument.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return flat(stripper.getText(document));
        }
    }

    static String text(byte[] pdf) throws IOException {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = PDDocument.load(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Every font used on every page, with whether it is embedded: "name: true". */
    static List<String> fonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = PDDocument.load(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + ": " + font.isEmbedded());
                }
            }
        }
        return fonts;
    }

    /** Each run of text on every page with the font it is set in: "Rollen en taken: ABCDEF+LiberationSans-Bold". */
    static List<String> textFonts(byte[] pdf) throws IOException {
        List<String> runs = new ArrayList<>();
        try (PDDocument document = PDDocument.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    runs.add(flat(text).strip() + ": " + positions.get(0).getFont().getName());
                }
            };
            stripper.getText(document);
        }
        return runs;
    }

    /**
     * Per page but the last, the last line above the footer: "heading: …" when it is set as a
     * heading (bold, 10.5 pt or larger), else "text: …"; "empty page" for a page with only a footer.
     */
    static List<String> pageEnds(byte[] pdf) throws IOException {
        try (PDDocument document = PDDocument.load(pdf)) {
            int pages = document.getNumberOfPages();
            float footerTop = document.getPage(0).getMediaBox().getHeight() - 40;
            List<TextPosition[]> lowest = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                lowest.add(null);
                texts.add(null);
            }
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    int page = getCurrentPageNo() - 1;
                    TextPosition[] known = lowest.get(page);
                    if (first.getYDirAdj() < footerTop && (known == null || first.getYDirAdj() >= known[0].getYDirAdj())) {
                        lowest.set(page, new TextPosition[] {first});
                        texts.set(page, flat(text).strip());
                    }
                }
            };
            stripper.getText(document);
            List<String> ends = new ArrayList<>();
            for (int i = 0; i < pages - 1; i++) {
                if (lowest.get(i) == null) {
                    ends.add("empty page");
                    continue;
                }
                TextPosition end = lowest.get(i)[0];
                boolean heading = end.getFont().getName().endsWith("-Bold") && end.getFontSizeInPt() >= 10.5f;
                ends.add((heading ? "heading: " : "text: ") + texts.get(i));
            }
            return ends;
        }
    }

    /** An output stream that remembers being closed: exporters must leave it open. */
    static final class Watched extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
