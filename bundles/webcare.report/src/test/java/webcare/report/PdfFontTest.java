package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfFontTest {

    private static final PdfFont.Style TEN = PdfFont.Style.of(10);
    private PDDocument document;
    private PdfFont font;

    @BeforeEach
    void embed() throws IOException {
        document = new PDDocument();
        font = PdfFont.embed(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void dutchDiacriticsQuotesAndEuroArePrintable() {
        String dutch = "Zoë Ëlberts, José Müller, coöperatie, ‘enkel’ “dubbel” €12 – ÏJ ïj ö";

        assertThat(font.printable(dutch)).isEqualTo(dutch);
    }

    @Test
    void emojiBecomeQuestionMarksAndInvisibleJoinersDisappear() {
        assertThat(font.printable("Top 👍🏽 en 👨‍👩‍👧 ❤️")).isEqualTo("Top ?? en ??? ?");
    }

    @Test
    void decomposedAccentsAreComposedAndControlCharactersDropped() {
        assertThat(font.printable("Zoe\u0308\tJose\u0301\u0007")).isEqualTo("Zoë José");
    }

    @Test
    void wrappedLinesFitTheWidthAndKeepEveryWord() {
        String text = "De woordvoerder erkent binnen een uur publiekelijk dat er iets aan de hand is, en geeft "
                + "daarna elke twee uur een update via alle kanalen waar klanten ons zoeken.";

        List<String> lines = font.wrap(text, TEN, 120);

        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(font.width(line, TEN)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void noBreakSpacesHoldAPhoneNumberTogether() {
        String text = "Bel Zoë Ëlberts op " + Names.unbroken("+31 6 1234 5678") + " of later";

        List<String> lines = font.wrap(text, TEN, 110);

        assertThat(lines).anySatisfy(line -> assertThat(line).contains(Names.unbroken("+31 6 1234 5678")));
    }

    @Test
    void aWordWiderThanTheLineIsCutInPieces() {
        List<String> lines = font.wrap("a".repeat(200), TEN, 50);

        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line -> assertThat(font.width(line, TEN)).isLessThanOrEqualTo(50));
        assertThat(String.join("", lines)).hasSize(200);
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        assertThat(font.wrap("een\ntwee\n\ndrie", TEN, 300)).containsExactly("een", "twee", "", "drie");
    }

    @Test
    void clippedTextEndsInAnEllipsis() {
        String clipped = font.clip("Een heel lange rolnaam die niet op de kaart past", TEN, 80);

        assertThat(clipped).endsWith("…");
        assertThat(font.width(clipped, TEN)).isLessThanOrEqualTo(80);
    }

    @Test
    void boldIsItsOwnFaceAndMeasuredInIt() {
        String heading = "Crisisteam bijeenroepen";

        assertThat(font.width(heading, TEN.inBold())).isGreaterThan(font.width(heading, TEN) * 1.03f);
        assertThat(font.wrap(heading, TEN.inBold(), font.width(heading, TEN.inBold()) - 1)).hasSize(2);
    }
}
