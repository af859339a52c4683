package webcare.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheTextAndBreaksLinesAtBlocks() {
        assertThat(HtmlText.of("<p>Eerste <b>zin</b>.<br/>Tweede regel.</p><p>Nieuwe alinea</p>"))
                .isEqualTo("Eerste zin.\nTweede regel.\n\nNieuwe alinea");
    }

    @Test
    void leavesOutScriptsStylesAndComments() {
        assertThat(HtmlText.of("<style>p{color:red}</style>Tekst<!-- <p>weg</p> --><SCRIPT>alert('x')</SCRIPT> erna"))
                .isEqualTo("Tekst erna");
    }

    @Test
    void decodesEntitiesAfterTheTagsAreGoneSoEscapedMarkupStaysText() {
        assertThat(HtmlText.of("5 &lt; 6 &amp;&amp; &lt;b&gt;vet&lt;/b&gt; &#8364;&#x20AC;&euro; &onbekend; &#xD800;"))
                .isEqualTo("5 < 6 && <b>vet</b> €€€ &onbekend; &#xD800;");
    }

    @Test
    void aLoneAngleBracketIsText() {
        assertThat(HtmlText.of("a < b en c > d")).isEqualTo("a < b en c > d");
        assertThat(HtmlText.of("1 <2")).isEqualTo("1 <2");
    }

    @Test
    void tellsMarkupFromPlainText() {
        assertThat(HtmlText.looksLikeHtml("<p>hoi</p>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("Tom &amp; Jerry")).isTrue();
        assertThat(HtmlText.looksLikeHtml("a < b & c")).isFalse();
    }

    @Test
    void aHostileInputCostsLinearTime() {
        String many = "<".repeat(200_000) + "<script>" + "x".repeat(200_000);

        assertThat(HtmlText.of(many)).hasSize(200_000);
        assertThat(HtmlText.of("<p".repeat(100_000) + ">")).isEmpty();
    }
}
