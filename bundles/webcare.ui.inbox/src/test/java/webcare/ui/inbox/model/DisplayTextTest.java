package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void showsMarkupAsPlainTextOnOneLine() {
        assertThat(DisplayText.line("<p>Geen <b>stroom</b>\r\nsinds  gisteren &amp; vandaag &lt;3</p>"))
                .isEqualTo("Geen stroom sinds gisteren & vandaag <3");
        assertThat(DisplayText.line("&amp;lt; blijft")).isEqualTo("&lt; blijft");
        assertThat(DisplayText.line(null)).isEmpty();
    }

    @Test
    void neutralisesControlCharactersAndDirectionOverrides() {
        String hostile = "factuur\u202Efdp.exe\u0007 \u2066x\u2069";

        assertThat(DisplayText.line(hostile)).isEqualTo("factuur\uFFFDfdp.exe\uFFFD \uFFFDx\uFFFD");
        assertThat(DisplayText.line(hostile)).doesNotContain("\u202E", "\u0007", "\u2066");
    }

    @Test
    void keepsTheFullTextsLengthSoFlagOffsetsStillFit() {
        String text = "IBAN\u202E NL91ABNA0417164300\r\nbedankt";

        String shown = DisplayText.full(text);

        assertThat(shown).hasSameSizeAs(text);
        assertThat(shown.substring(6, 24)).isEqualTo("NL91ABNA0417164300");
        assertThat(shown).contains("\n").doesNotContain("\u202E", "\r");
    }
}
