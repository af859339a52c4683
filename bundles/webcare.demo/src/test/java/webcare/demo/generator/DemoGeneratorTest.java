package webcare.demo.generator;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static webcare.demo.generator.DemoGenerator.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import webcare.demo.generator.DemoGenerator.Item;
import webcare.model.Mention;
import webcare.model.MentionKind;

class DemoGeneratorTest {

    /** Summer time starts in Amsterdam on this day: the set spans a 23-hour day. */
    private static final Instant NOW = Instant.parse("2026-03-29T10:15:00Z");
    private static final long SEED = 7L;
    private static final List<Item> ITEMS = DemoGenerator.generate(SEED, NOW);
    private static final List<Mention> MENTIONS = ITEMS.stream().map(Item::mention).toList();

    @Test
    void generatesAFewThousandMentionsWithUniqueStableLookingIds() {
        assertThat(MENTIONS).hasSizeBetween(3_000, 5_000);
        assertThat(MENTIONS).extracting(m -> m.source() + "/" + m.instance() + "/" + m.externalId())
                .doesNotHaveDuplicates();
        assertThat(MENTIONS).allSatisfy(m -> assertThat(m.externalId()).startsWith("demo-" + m.source() + "-"));
    }

    @Test
    void spansTheFourteenDaysEndingNow() {
        Instant first = MENTIONS.stream().map(Mention::created).min(Instant::compareTo).orElseThrow();
        Instant last = MENTIONS.stream().map(Mention::created).max(Instant::compareTo).orElseThrow();

        assertThat(first).isAfterOrEqualTo(NOW.minus(Duration.ofDays(14))).isBefore(NOW.minus(Duration.ofDays(13)));
        assertThat(last).isBeforeOrEqualTo(NOW).isAfter(NOW.minus(Duration.ofHours(2)));
        assertThat(MENTIONS).extracting(Mention::created).isSorted();
    }

    @Test
    void isAboutSeventyPercentDutchAndTheRestEnglish() {
        long dutch = MENTIONS.stream().filter(m -> m.lang().equals("nl")).count();

        assertThat(MENTIONS).extracting(Mention::lang).containsOnly("nl", "en");
        assertThat((double) dutch / MENTIONS.size()).isBetween(0.65, 0.75);
    }

    @Test
    void comesFromSeveralSourcesWithTheKindsEachPlatformHas() {
        Map<String, Set<MentionKind>> kinds = MENTIONS.stream()
                .collect(groupingBy(m -> m.source() + "/" + m.instance(), mapping(Mention::kind, toSet())));

        assertThat(kinds).isEqualTo(Map.of(
                "twitter/brand", Set.of(MentionKind.POST, MentionKind.REPLY),
                "facebook/page", Set.of(MentionKind.POST, MentionKind.COMMENT, MentionKind.REVIEW),
                "google/amsterdam-centraal", Set.of(MentionKind.REVIEW),
                "google/utrecht-centraal", Set.of(MentionKind.REVIEW),
                "google/rotterdam-centraal", Set.of(MentionKind.REVIEW),
                "trustpilot/webshop", Set.of(MentionKind.REVIEW),
                "feed/forum", Set.of(MentionKind.POST, MentionKind.COMMENT)));
        assertThat(count(MENTIONS, Mention::source)).allSatisfy((source, n) -> assertThat(n).isGreaterThan(300));
    }

    @Test
    void ratesOnlyReviewsFromOneToFiveStarsMostlyPositive() {
        List<Integer> ratings = MENTIONS.stream().filter(m -> m.kind() == MentionKind.REVIEW).map(Mention::rating)
                .toList();

        assertThat(MENTIONS).filteredOn(m -> m.kind() != MentionKind.REVIEW).extracting(Mention::rating)
                .containsOnlyNulls();
        assertThat(ratings).doesNotContainNull().containsOnly(1, 2, 3, 4, 5).contains(1, 2, 3, 4, 5);
        assertThat(ratings.stream().filter(r -> r >= 4).count()).isGreaterThan(ratings.size() / 2);
    }

    @Test
    void hasAngryOneStarReviewsInCapitalsWithExclamationMarks() {
        assertThat(MENTIONS).filteredOn(m -> Integer.valueOf(1).equals(m.rating()))
                .filteredOn(m -> m.text().contains("!!") && Pattern.compile("\\b[A-Z]{4,}\\b").matcher(m.text()).find())
                .hasSizeGreaterThan(10);
    }

    @Test
    void hasAFewAuthorsWithALargeReach() {
        assertThat(MENTIONS).filteredOn(m -> m.author().followers() != null && m.author().followers() >= 100_000)
                .extracting(m -> m.author().handle()).contains("@mariekejansen").hasSizeBetween(3, 10);
        assertThat(MENTIONS).filteredOn(m -> m.author().followers() != null && m.author().followers() >= 250_000)
                .isNotEmpty();
    }

    @Test
    void oneOrTwoItemsGivePrivateContactDetails() {
        Pattern phone = Pattern.compile("\\b06-?\\d{8}\\b");
        Pattern email = Pattern.compile("[\\w.]+@[\\w-]+\\.[a-z]{2,}");

        assertThat(MENTIONS).filteredOn(m -> phone.matcher(m.text()).find() || email.matcher(m.text()).find())
                .hasSizeBetween(1, 2);
    }

    @Test
    void hasSomeItemsThatStateAFactWrongly() {
        assertThat(ITEMS).filteredOn(item -> item.theme() == Theme.WRONG_FACT).hasSizeBetween(10, 100);
    }

    @Test
    void fillsEveryPlaceholder() {
        assertThat(MENTIONS).extracting(Mention::text).noneMatch(text -> text.contains("{") || text.contains("}"));
        assertThat(MENTIONS).filteredOn(m -> !m.source().equals("twitter")).extracting(Mention::text)
                .noneMatch(text -> text.contains("@KwiekNL"));
    }

    @Test
    void answersComeAfterWhatTheyAnswerInTheSameThread() {
        Map<String, Mention> byId = new HashMap<>();
        MENTIONS.forEach(m -> byId.put(m.externalId(), m));
        List<Mention> answers = MENTIONS.stream().filter(m -> m.inReplyTo() != null).toList();

        assertThat(answers).hasSizeGreaterThan(500).allSatisfy(answer -> {
            Mention answered = byId.get(answer.inReplyTo());
            assertThat(answered.source()).isEqualTo(answer.source());
            assertThat(answer.threadId()).isEqualTo(answered.externalId());
            assertThat(answer.created()).isAfterOrEqualTo(answered.created());
            assertThat(answer.kind()).isIn(MentionKind.REPLY, MentionKind.COMMENT);
        });
    }

    @Test
    void isBusierByDayThanAtNightInAmsterdamTime() {
        Map<Integer, Long> perLocalHour = count(MENTIONS,
                m -> LocalDateTime.ofInstant(m.created(), ZONE).getHour());
        long night = perLocalHour.getOrDefault(3, 0L) + perLocalHour.getOrDefault(4, 0L);
        long day = perLocalHour.getOrDefault(12, 0L) + perLocalHour.getOrDefault(13, 0L);

        assertThat(day).isGreaterThan(5 * night);
    }

    @Test
    void theSpikeHasSeveralTimesTheNegativeItemsPerHourOfTheMedianHour() {
        Map<Instant, Long> negativePerHour = new HashMap<>();
        for (Instant hour = NOW.minus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS); hour.isBefore(NOW);
                hour = hour.plus(Duration.ofHours(1))) {
            negativePerHour.put(hour, 0L);
        }
        ITEMS.stream().filter(item -> item.theme().negative())
                .forEach(item -> negativePerHour.merge(item.mention().created().truncatedTo(ChronoUnit.HOURS), 1L,
                        Long::sum));
        List<Long> sorted = new ArrayList<>(negativePerHour.values());
        sorted.sort(null);
        long median = sorted.get(sorted.size() / 2);
        Instant spike = DemoGenerator.spikeStart(NOW);

        assertThat(median).isBetween(1L, 10L);
        for (int hour = 0; hour < DemoGenerator.SPIKE_HOURS; hour++) {
            assertThat(negativePerHour.get(spike.plus(Duration.ofHours(hour))))
                    .as("negative items in hour %d of the spike", hour).isGreaterThanOrEqualTo(5 * median);
        }
        Instant busiest = negativePerHour.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(busiest).isBetween(spike, spike.plus(Duration.ofHours(DemoGenerator.SPIKE_HOURS - 1)));
        assertThat(LocalDateTime.ofInstant(spike, ZONE).toLocalDate())
                .isEqualTo(LocalDateTime.ofInstant(NOW, ZONE).toLocalDate().minusDays(3));
        assertThat(ITEMS).filteredOn(item -> item.theme() == Theme.OUTAGE).extracting(item -> item.mention().created())
                .allSatisfy(created -> assertThat(created).isBetween(spike, spike.plus(Duration.ofHours(6))));
    }

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnotherOne() {
        assertThat(DemoGenerator.generate(SEED, NOW)).isEqualTo(ITEMS);
        assertThat(DemoGenerator.generate(SEED + 1, NOW)).extracting(item -> item.mention().text())
                .isNotEqualTo(ITEMS.stream().map(item -> item.mention().text()).toList());
    }

    @Test
    void generatedLaterItSaysTheSameUnderTheSameIds() {
        List<Mention> later = DemoGenerator.generate(SEED, NOW.plus(Duration.ofHours(5))).stream()
                .map(Item::mention).toList();

        Map<String, Mention> before = byId(MENTIONS);
        assertThat(byId(later).keySet()).isEqualTo(before.keySet());
        for (Mention mention : later) {
            Mention earlier = before.get(mention.source() + "/" + mention.instance() + "/" + mention.externalId());
            assertThat(List.of(mention.text(), mention.author(), String.valueOf(mention.rating())))
                    .isEqualTo(List.of(earlier.text(), earlier.author(), String.valueOf(earlier.rating())));
        }
        assertThat(later.get(later.size() - 1).created()).isAfter(NOW);
    }

    private static Map<String, Mention> byId(List<Mention> mentions) {
        Map<String, Mention> byId = new HashMap<>();
        mentions.forEach(m -> byId.put(m.source() + "/" + m.instance() + "/" + m.externalId(), m));
        return byId;
    }

    private static <K> Map<K, Long> count(List<Mention> mentions, Function<Mention, K> key) {
        return mentions.stream().collect(groupingBy(key, counting()));
    }
}
