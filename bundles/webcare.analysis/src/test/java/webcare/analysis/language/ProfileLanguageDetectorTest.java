package webcare.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import webcare.analysis.api.LanguageDetector;

class ProfileLanguageDetectorTest {

    private final LanguageDetector detector = new ProfileLanguageDetector();

    @Test
    void tellsDutchFromEnglish() {
        assertThat(detector.detect("Mijn pakket is nog steeds niet bezorgd, wat een gedoe", null)).isEqualTo("nl");
        assertThat(detector.detect("My parcel still has not arrived, what a mess", null)).isEqualTo("en");
    }

    @Test
    void ignoresLinksNamesAndHashtags() {
        assertThat(detector.detect("@user @helpdesk #thanks #great https://t.co/xyz het werkt weer niet", null))
                .isEqualTo("nl");
    }

    @Test
    void saysUnknownForNoWordsOrOtherLanguages() {
        assertThat(detector.detect("", null)).isEqualTo(LanguageDetector.UNKNOWN);
        assertThat(detector.detect(null, "nl")).isEqualTo(LanguageDetector.UNKNOWN);
        assertThat(detector.detect("😡😡👎", "nl")).isEqualTo(LanguageDetector.UNKNOWN);
        assertThat(detector.detect("https://t.co/abc @user", null)).isEqualTo(LanguageDetector.UNKNOWN);
        assertThat(detector.detect("Ich bin sehr enttäuscht, das Paket ist nicht angekommen und niemand hilft mir", null))
                .isEqualTo(LanguageDetector.UNKNOWN);
        assertThat(detector.detect("Je suis très déçu, le colis est arrivé en retard et personne ne répond", null))
                .isEqualTo(LanguageDetector.UNKNOWN);
    }

    @Test
    void takesTheClaimAsAHintForShortTextsButNotAgainstTheWords() {
        assertThat(detector.detect("Top!", "nl")).isEqualTo("nl");
        assertThat(detector.detect("Top!", "en")).isEqualTo("en");
        assertThat(detector.detect("Ik ben er echt heel blij mee, dank jullie wel voor de snelle hulp", "en"))
                .isEqualTo("nl");
    }

    @Test
    void picksTheDominantLanguageOfAMixedText() {
        assertThat(detector.detect("Wat een slechte service van jullie, echt niet normaal. So disappointed", null))
                .isEqualTo("nl");
        assertThat(detector.detect("I waited for an hour and nobody helped me at all, echt slecht", null))
                .isEqualTo("en");
    }
}
