package webcare.triage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        Tokens tokens = Tokenizer.tokens(text);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.word(i));
        }
        return words;
    }

    @Test
    void lowerCaseWithoutAccents() {
        assertThat(words("De FINANCIËLE afhandeling, café’s")).containsExactly("de", "financiele", "afhandeling",
                "cafe's");
    }

    @Test
    void skipsHtmlEntitiesAddressesAndHandlesButKeepsPlaces() {
        String text = "<p>@brand Zie https://x.nl/a?b=1 &amp; <b>kapot</b></p>";
        Tokens tokens = Tokenizer.tokens(text);

        assertThat(words(text)).containsExactly("zie", "kapot");
        assertThat(text.substring(tokens.start(1), tokens.end(1))).isEqualTo("kapot");
        assertThat(tokens.questionMark()).as("a ? in an address is no question").isEqualTo(-1);
    }

    @Test
    void aLoneLessThanIsText() {
        assertThat(words("prijs < 5 euro")).containsExactly("prijs", "5", "euro");
    }

    @Test
    void aNumberAndProcentArePercent() {
        Tokens tokens = Tokenizer.tokens("Actie: 50 procent of 30% korting");

        assertThat(words("Actie: 50 procent of 30% korting")).containsExactly("actie", "50%", "of", "30%", "korting");
        assertThat(tokens.end(1)).isEqualTo("Actie: 50 procent".length());
    }

    @Test
    void emojiAndEmptyTextHaveNoWords() {
        assertThat(words("😡😡 👎")).isEmpty();
        assertThat(words("")).isEmpty();
    }

    @Test
    void sentencesAndCapitals() {
        Tokens tokens = Tokenizer.tokens("Wat nu? Medewerker Piet zei niets.\nhoe dan");

        assertThat(tokens.sentenceStart(0)).isTrue();
        assertThat(tokens.sentenceStart(2)).isTrue();
        assertThat(tokens.sentenceStart(3)).isFalse();
        assertThat(tokens.capital(3)).isTrue();
        assertThat(tokens.sentenceStart(6)).isTrue();
        assertThat(tokens.questionMark()).isEqualTo(6);
    }

    @Test
    void aLongTextKeepsEveryWord() {
        Tokens tokens = Tokenizer.tokens("woord ".repeat(2_000));

        assertThat(tokens.size()).isEqualTo(2_000);
        assertThat(tokens.start(1_999)).isEqualTo(6 * 1_999);
    }
}
