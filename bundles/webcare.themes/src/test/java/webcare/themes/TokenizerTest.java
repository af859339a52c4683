package webcare.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final StopWords STOP = StopWords.bundled();
    private final Tokenizer tokenizer = new Tokenizer();

    /** The words of {@code text} joined by spaces, "|" for a pause; pauses in a row and at the ends left out. */
    private String words(String text, String lang) {
        List<String> words = new ArrayList<>();
        tokenizer.words(text, STOP.of(lang), new Tokenizer.Words() {
            @Override
            public void word(String word) {
                words.add(word);
            }

            @Override
            public void pause() {
                if (!words.isEmpty() && !words.get(words.size() - 1).equals("|")) {
                    words.add("|");
                }
            }
        });
        if (!words.isEmpty() && words.get(words.size() - 1).equals("|")) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    @Test
    void keepsWordsInLowerCaseAndPausesAtPunctuation() {
        assertThat(words("Bezorging VERTRAAGD, pakket kwijt", "nl")).isEqualTo("bezorging vertraagd | pakket kwijt");
    }

    @Test
    void dropsLinksHandlesMailAddressesAndWordsWithDigits() {
        assertThat(words("@KlantenService zie https://example.com/x?y=1 of www.test.nl, mail jan.de.vries@example.nl "
                + "order 12345 om 14u30 voor €25", "nl")).isEqualTo("mail | order");
    }

    @Test
    void stopWordsSentenceEndsAndNewLinesArePauses() {
        assertThat(words("The app crashes again. Login fails", "en")).isEqualTo("app crashes | login fails");
        assertThat(words("app is not working", "en")).isEqualTo("app | working");
        assertThat(words("pakket kwijt\nfactuur fout", "nl")).isEqualTo("pakket kwijt | factuur fout");
    }

    @Test
    void keepsApostrophesAndHyphensInsideWordsAndDropsHashSigns() {
        assertThat(words("Don’t trust the e-mail #storing", "en")).isEqualTo("trust | e-mail storing");
        assertThat(words("zo'n slechte service", "nl")).isEqualTo("slechte service");
    }

    @Test
    void skipsHtmlTagsAndEntities() {
        assertThat(words("<p>Pakket&nbsp;kwijt</p> <br/>levering &amp; factuur &#39;fout&#39;", "nl"))
                .isEqualTo("pakket kwijt levering factuur fout");
        assertThat(words("a < b & c <3 rommel", "en")).isEqualTo("rommel");
    }

    @Test
    void unknownLanguageLeavesOutTheStopWordsOfBoth() {
        assertThat(words("the bezorging van de pakketten is too slow", "unknown"))
                .isEqualTo("bezorging | pakketten | slow");
    }

    @Test
    void dropsSingleLettersOverlongWordsAndEmojiWithoutBreakingOnEmoji() {
        String longWord = "a".repeat(Tokenizer.LONGEST + 1);
        assertThat(words("x " + longWord + " wifi \uD83D\uDE21 weg", "nl")).isEqualTo("wifi weg");
        assertThat(words("", "nl")).isEmpty();
    }

    @Test
    void stopWordListsHoldTheCommonWordsOfEachLanguage() {
        assertThat(STOP.dutch()).contains("de", "het", "niet", "geen", "zo'n").doesNotContain("the", "#");
        assertThat(STOP.english()).contains("the", "not", "don't", "rt").doesNotContain("de");
        assertThat(STOP.both()).containsAll(STOP.dutch()).containsAll(STOP.english());
        assertThat(STOP.of("NL")).isSameAs(STOP.dutch());
        assertThat(words("het de een the a", "unknown")).isEmpty();
    }
}
