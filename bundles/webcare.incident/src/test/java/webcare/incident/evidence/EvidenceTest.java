package webcare.incident.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.incident.api.Observation;

class EvidenceTest {

    private static int serial;

    static Observation said(String author, long followers, String text) {
        return new Observation(Instant.EPOCH.plusSeconds(++serial), "twitter", Integer.toString(serial), true, author,
                followers, text);
    }

    @Test
    void wordsLeaveOutLinksHandlesNumbersAndStopWords() {
        assertThat(Words.of("@KLM de app is weer #down!! zie https://t.co/x en www.klm.nl, order 12345 'storing'"))
                .containsExactly("app", "down", "zie", "order", "storing");
        assertThat(Words.of("It's the customer-service that doesn't answer")).contains("customer-service", "answer")
                .doesNotContain("the", "that");
    }

    @Test
    void theTermsAreTheWordsThatGrewAgainstTheDayBefore() {
        List<Observation> before = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            before.add(said("klant" + i, 10, "Vraag over mijn bestelling en de levering"));
        }
        List<Observation> window = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            window.add(said("boos" + i, 10, "Storing in de app, bestelling kwijt"));
        }
        window.add(said("boos0", 90_000, "De app ligt er weer uit, storing"));

        Evidence evidence = Evidence.of(window, before, false);

        assertThat(evidence.terms()).as("equally grown: alphabetical").startsWith("app", "storing")
                .doesNotContain("bestelling");
        assertThat(evidence.authors()).first().isEqualTo("boos0");
        assertThat(evidence.examples()).as("one per distinct text, the one with most terms first")
                .containsExactly("twitter:41", "twitter:53");
    }

    @Test
    void byReachTheWidestAuthorsComeFirst() {
        List<Observation> window = List.of(said("a", 10, "x"), said("a", 10, "y"), said("b", 1_000_000, "z"));

        assertThat(Evidence.of(window, List.of(), true).authors()).containsExactly("b", "a");
        assertThat(Evidence.of(window, List.of(), false).authors()).containsExactly("a", "b");
    }
}
