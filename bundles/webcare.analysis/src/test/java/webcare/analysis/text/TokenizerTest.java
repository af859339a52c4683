package webcare.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> norms(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    private static List<TokenKind> kinds(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void cutsWordsWithInnerApostrophesAndHyphensAndLowersThem() {
        assertThat(norms("Don’t  auto's tip-top Één")).containsExactly("don't", "auto's", "tip-top", "één");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "Hé @KLM, slecht!! http://x.nl/a #fail";
        for (Token token : Tokenizer.tokenize(text)) {
            assertThat(token.end()).isGreaterThan(token.start());
        }
        assertThat(Tokenizer.tokenize(text)).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("Hé", "@KLM", ",", "slecht", "!", "!", "http://x.nl/a", "#fail");
        assertThat(kinds(text)).containsExactly(TokenKind.WORD, TokenKind.MENTION, TokenKind.PUNCT, TokenKind.WORD,
                TokenKind.PUNCT, TokenKind.PUNCT, TokenKind.URL, TokenKind.HASHTAG);
        assertThat(norms(text)).contains("@user", "<url>", "fail");
    }

    @Test
    void recognisesEmoticonsButNotTimesOrGluedColons() {
        assertThat(kinds("top :-) :(( <3 xD ;)")).containsExactly(TokenKind.WORD, TokenKind.EMOTICON,
                TokenKind.EMOTICON, TokenKind.EMOTICON, TokenKind.EMOTICON, TokenKind.EMOTICON);
        assertThat(kinds("om 10:30 Note:Some 8)")).doesNotContain(TokenKind.EMOTICON);
    }

    @Test
    void keepsAnEmojiWithSkinToneAndJoinersAsOneToken() {
        String text = "👍🏽❤️👨‍👩‍👧";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::kind).containsOnly(TokenKind.EMOJI);
        assertThat(tokens).extracting(Token::norm).containsExactly("👍", "❤", "👨‍👩‍👧");
        assertThat(tokens.get(2).end()).isEqualTo(text.length());
    }

    @Test
    void skipsHtmlTagsAndEntities() {
        assertThat(norms("<p>Heel <b>goed</b>&amp;snel&#39;<br/>")).containsExactly("heel", "goed", "snel");
    }

    @Test
    void emptyAndNullGiveNoTokens() {
        assertThat(Tokenizer.tokenize("")).isEmpty();
        assertThat(Tokenizer.tokenize(null)).isEmpty();
    }

    @Test
    void hashesNegatedWordsApartFromPlainOnes() {
        FeatureHasher hasher = new FeatureHasher(16);
        int[] plain = hasher.features(Tokenizer.tokenize("good"));
        int[] negated = hasher.features(Tokenizer.tokenize("not good"));
        assertThat(negated).doesNotContain(plain[0]);
        assertThat(hasher.features(Tokenizer.tokenize("good"))).containsExactly(plain);
    }
}
