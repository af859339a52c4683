package webcare.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.demo.api.DemoException;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

class GeneratedDemoDataTest {

    private static final Instant NOW = Instant.parse("2026-10-25T09:00:00Z");

    private final MemoryMentions store = new MemoryMentions();

    private GeneratedDemoData demo(Instant now) {
        return new GeneratedDemoData(store, store, Clock.fixed(now, ZoneOffset.UTC), GeneratedDemoData.SEED);
    }

    private static Mention real() {
        return new Mention("twitter", "brand", "1790000000000000001", MentionKind.POST, null, null,
                new Author("42", "@anke", "Anke", 12L, null), "Echte tweet", "nl", null, null, NOW, null, null, false);
    }

    @Test
    void storesTheWholeSetAsDemoInBatchesOfAFewHundred() throws DemoException {
        int stored = demo(NOW).load();

        int expected = DemoGenerator.generate(GeneratedDemoData.SEED, NOW).size();
        assertThat(stored).isEqualTo(expected);
        assertThat(store.mentions).hasSize(expected);
        assertThat(store.demo).hasSize(expected);
        assertThat(store.demoBatches).hasSize((expected + GeneratedDemoData.BATCH - 1) / GeneratedDemoData.BATCH)
                .allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, GeneratedDemoData.BATCH));
        assertThat(store.transactions()).isEqualTo(store.demoBatches.size());
    }

    @Test
    void loadingAgainLaterOffersTheSameIdsAndAddsNothing() throws DemoException {
        int first = demo(NOW).load();
        List<String> firstIds = ids(store.offeredAsDemo());
        int second = demo(NOW.plus(Duration.ofHours(3))).load();
        List<String> allIds = ids(store.offeredAsDemo());

        assertThat(second).isZero();
        assertThat(store.mentions).hasSize(first);
        assertThat(allIds.subList(firstIds.size(), allIds.size())).containsExactlyInAnyOrderElementsOf(firstIds);
    }

    @Test
    void removesTheDemoMentionsAndKeepsRealOnes() throws DemoException {
        store.save(null, List.of(real()));
        GeneratedDemoData demo = demo(NOW);
        int stored = demo.load();

        assertThat(demo.loaded()).isTrue();
        assertThat(demo.remove()).isEqualTo(stored);
        assertThat(demo.loaded()).isFalse();
        assertThat(demo.databaseEmpty()).isFalse();
        assertThat(store.mentions.values()).containsExactly(real());
    }

    @Test
    void tellsWhetherTheDatabaseIsEmptyAndWhetherTheDemoIsLoaded() throws DemoException {
        GeneratedDemoData demo = demo(NOW);
        assertThat(demo.databaseEmpty()).isTrue();
        assertThat(demo.loaded()).isFalse();

        demo.load();

        assertThat(demo.databaseEmpty()).isFalse();
        assertThat(demo.loaded()).isTrue();
    }

    @Test
    void aStoreFailurePartWayTellsHowFarItGotAndWhy() {
        store.lockedFrom(3);

        assertThatThrownBy(() -> demo(NOW).load()).isInstanceOf(DemoException.class)
                .hasMessageContaining("(" + 2 * GeneratedDemoData.BATCH + " of ")
                .hasMessageContaining("locked by another process");
        assertThat(store.mentions).hasSize(2 * GeneratedDemoData.BATCH);
    }

    @Test
    void everyQueryFailsWithTheStoresMessage() {
        store.lockedFrom(1);
        GeneratedDemoData demo = demo(NOW);

        assertThatThrownBy(demo::remove).isInstanceOf(DemoException.class).hasMessageContaining("locked");
        assertThatThrownBy(demo::loaded).isInstanceOf(DemoException.class).hasMessageContaining("locked");
        assertThatThrownBy(demo::databaseEmpty).isInstanceOf(DemoException.class).hasMessageContaining("locked");
    }

    private static List<String> ids(List<Mention> mentions) {
        return mentions.stream().map(m -> m.source() + "/" + m.instance() + "/" + m.externalId()).toList();
    }
}
