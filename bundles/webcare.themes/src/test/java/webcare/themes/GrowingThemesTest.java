package webcare.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.themes.api.Theme;
import webcare.themes.api.ThemeItem;
import webcare.themes.api.ThemeParameters;
import webcare.themes.api.ThemeReport;

class GrowingThemesTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private final GrowingThemes finder = new GrowingThemes();

    /** Items in {@code lang}, one per text, an hour apart from {@code start} on, ids from {@code firstId}. */
    private static List<ThemeItem> items(String lang, Instant start, long firstId, String... texts) {
        List<ThemeItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(new ThemeItem(firstId + i, start.plus(Duration.ofHours(i)), "twitter", lang, texts[i]));
        }
        return items;
    }

    private static final String[] WAITING_NL = {
        "Wachttijd bij de klantenservice is belachelijk lang",
        "Al een uur in de wacht bij jullie klantenservice",
        "Klantenservice neemt nooit op, wat een wachttijd",
        "Waarom is de klantenservice zo slecht bereikbaar?",
        "Klantenservice belt niet terug",
        "Drie keer gebeld met de klantenservice, niemand helpt",
    };

    @Test
    void aDutchThemeThatGrewRanksFirstAndASteadyOneNotAtAll() {
        List<ThemeItem> before = new ArrayList<>(items("nl", START, 1, WAITING_NL));
        before.addAll(items("nl", START.plus(Duration.ofDays(1)), 100, "Factuur klopt niet",
                "Bezorger was onbeleefd", "App logt mij steeds uit", "Verkeerde maat geleverd"));
        List<ThemeItem> now = new ArrayList<>(items("nl", START.plus(Duration.ofDays(7)), 200, WAITING_NL));
        now.addAll(items("nl", START.plus(Duration.ofDays(8)), 300,
                "De pinautomaat in Utrecht is weer kapot",
                "Pinautomaat kapot, kon niet betalen",
                "Bij de pinautomaat stond een rij van twintig man",
                "Jullie pinautomaat slikt mijn pas in",
                "Pinautomaat geeft foutmelding, kapot dus",
                "Wanneer wordt die pinautomaat gerepareerd? Al dagen kapot"));

        ThemeReport report = finder.find(now, before, ThemeParameters.DEFAULTS);

        assertThat(report.itemsNow()).isEqualTo(12);
        assertThat(report.itemsBefore()).isEqualTo(10);
        Theme first = report.themes().get(0);
        assertThat(first.term()).isEqualTo("pinautomaat");
        assertThat(first.phrase()).isFalse();
        assertThat(first.now()).isEqualTo(6);
        assertThat(first.before()).isZero();
        assertThat(first.growth()).isCloseTo(Math.log(7), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.examples()).hasSize(5).allSatisfy(item -> assertThat(item.text()).containsIgnoringCase("pinautomaat"));
        assertThat(first.examples()).extracting(ThemeItem::id).containsExactly(305L, 304L, 303L, 302L, 301L);
        assertThat(report.themes()).extracting(Theme::term).contains("kapot")
                .doesNotContain("klantenservice", "wachttijd");
        assertNoStopWords(report);
    }

    @Test
    void anEnglishPhraseStandsInForTheWordsItCovers() {
        List<ThemeItem> before = items("en", START, 1, "Refund still not received", "Where is my refund",
                "Refund takes ages", "Courier left the parcel in the rain");
        List<ThemeItem> now = items("en", START.plus(Duration.ofDays(7)), 100, "Refund still not received",
                "Checkout error again, cannot pay", "Got a checkout error on the app", "Checkout error!!! fix it",
                "Refund takes ages", "Checkout error when paying with ideal", "Where is my refund");

        ThemeReport report = finder.find(now, before, ThemeParameters.DEFAULTS);

        assertThat(report.themes()).isNotEmpty();
        Theme first = report.themes().get(0);
        assertThat(first.term()).isEqualTo("checkout error");
        assertThat(first.phrase()).isTrue();
        assertThat(first.now()).isEqualTo(4);
        assertThat(report.themes()).extracting(Theme::term).doesNotContain("checkout", "error", "refund");
        assertNoStopWords(report);
    }

    @Test
    void aSteadyTermAtTheSameVolumeHasNoGrowth() {
        List<ThemeItem> before = items("en", START, 1, "parking fee too high", "parking fee again", "parking is a joke",
                "staff rude");
        List<ThemeItem> now = items("en", START.plus(Duration.ofDays(1)), 10, "parking fee too high",
                "parking fee again", "parking is a joke", "toilets dirty");

        assertThat(finder.find(now, before, new ThemeParameters(1, 1.0, 50, 3)).themes()).extracting(Theme::term)
                .containsExactly("toilets dirty");
    }

    @Test
    void withNothingBeforeTheMostFrequentRecurringTermsComeFirstAndRareOnesNotAtAll() {
        List<ThemeItem> now = items("nl", START, 1, "lekkage in de badkamer", "weer lekkage", "lekkage!",
                "schimmel en lekkage", "schimmel", "schimmel overal", "kapotte deur");

        ThemeReport report = finder.find(now, List.of(), ThemeParameters.DEFAULTS);

        assertThat(report.themes()).extracting(Theme::term, Theme::now)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lekkage", 4),
                        org.assertj.core.groups.Tuple.tuple("schimmel", 3));
        assertThat(finder.find(List.of(), List.of(), ThemeParameters.DEFAULTS).themes()).isEmpty();
    }

    @Test
    void keepsAtMostTheAskedNumberOfThemesAndExamples() {
        List<ThemeItem> now = items("en", START, 1, "alpha beta gamma delta", "alpha beta gamma delta",
                "alpha beta gamma delta");

        ThemeReport report = finder.find(now, List.of(), new ThemeParameters(2, 1.0, 2, 0));

        assertThat(report.themes()).hasSize(2).allSatisfy(theme -> assertThat(theme.examples()).isEmpty());
    }

    @Test
    void parametersOutOfRangeAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new ThemeParameters(0, 1, 1, 1)).hasMessageContaining("minSupport");
        assertThatThrownBy(() -> new ThemeParameters(1, 0, 1, 1)).hasMessageContaining("smoothing");
        assertThatThrownBy(() -> new ThemeParameters(1, Double.NaN, 1, 1)).hasMessageContaining("smoothing");
        assertThatThrownBy(() -> new ThemeParameters(1, 1, 0, 1)).hasMessageContaining("maxThemes");
        assertThatThrownBy(() -> new ThemeParameters(1, 1, 1, -1)).hasMessageContaining("examples");
    }

    private static void assertNoStopWords(ThemeReport report) {
        StopWords stop = StopWords.bundled();
        assertThat(report.themes()).flatExtracting(theme -> Arrays.asList(theme.term().split(" ")))
                .doesNotContainAnyElementsOf(stop.both());
    }
}
