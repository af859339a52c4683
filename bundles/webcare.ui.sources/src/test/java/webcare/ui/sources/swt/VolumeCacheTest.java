package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.MentionRepository.StoredInstance;

class VolumeCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 26);

    private final VolumeCache cache = new VolumeCache();
    private final List<String> reads = new ArrayList<>();
    private List<StoredInstance> stored = List.of();

    private static SourceStatus status(String instance, SourceState state) {
        return new SourceStatus("twitter", instance, state, "", null, null, 0, Map.of());
    }

    private List<SourceRow> rows(List<SourceStatus> sources, long mentions, LocalDate today) throws Exception {
        return cache.rows(sources, mentions, today, () -> {
            reads.add("stored");
            return stored;
        }, source -> {
            reads.add(source.instance());
            long[] volume = new long[SourceRow.DAYS];
            volume[SourceRow.DAYS - 1] = reads.size();
            return volume;
        });
    }

    @Test
    void readsEachInstanceOnceAndAgainOnlyWhenTheNumberOfMentionsChanges() throws Exception {
        List<SourceStatus> sources = List.of(status("brand", SourceState.OK), status("shop", SourceState.OK));

        rows(sources, 1_000, TODAY);
        rows(sources, 1_000, TODAY);
        assertThat(reads).containsExactly("stored", "brand", "shop");

        rows(sources, 1_001, TODAY);
        assertThat(reads).containsExactly("stored", "brand", "shop", "stored", "brand", "shop");
    }

    @Test
    void readsAgainOnANewLocalDay() throws Exception {
        List<SourceStatus> sources = List.of(status("brand", SourceState.OK));

        rows(sources, 7, TODAY);
        rows(sources, 7, TODAY.plusDays(1));

        assertThat(reads).containsExactly("stored", "brand", "stored", "brand");
    }

    @Test
    void readsAgainWhenAnInstanceComesOrGoes() throws Exception {
        rows(List.of(status("brand", SourceState.OK)), 7, TODAY);
        rows(List.of(status("brand", SourceState.OK), status("shop", SourceState.OK)), 7, TODAY);
        rows(List.of(status("shop", SourceState.OK)), 7, TODAY);

        assertThat(reads).containsExactly("stored", "brand", "stored", "brand", "shop", "stored", "shop");
    }

    @Test
    void showsTheFreshStatusWithTheKeptVolume() throws Exception {
        List<SourceRow> first = rows(List.of(status("brand", SourceState.OK)), 7, TODAY);

        List<SourceRow> second = rows(List.of(status("brand", SourceState.SYNCING)), 7, TODAY);

        assertThat(reads).containsExactly("stored", "brand");
        assertThat(second).singleElement().satisfies(row -> {
            assertThat(row.status().state()).isEqualTo(SourceState.SYNCING);
            assertThat(row.volume()).isSameAs(first.get(0).volume());
            assertThat(row.today()).isEqualTo(first.get(0).today());
        });
    }

    @Test
    void instancesWithStoredMentionsOnlyFollowTheConfiguredOnesWithTheirCounts() throws Exception {
        stored = List.of(new StoredInstance("google", "shop-utrecht", 40, 40), new StoredInstance("twitter", "brand", 12, 0),
                new StoredInstance("twitter", "old", 5, 0));

        List<SourceRow> rows = rows(List.of(status("brand", SourceState.OK)), 57, TODAY);

        assertThat(rows).extracting(row -> row.status().type() + "/" + row.status().instance())
                .containsExactly("twitter/brand", "google/shop-utrecht", "twitter/old");
        assertThat(rows.get(0)).satisfies(row -> {
            assertThat(row.configured()).isTrue();
            assertThat(row.stored()).isEqualTo(12);
        });
        assertThat(rows.get(1)).satisfies(row -> {
            assertThat(row.storedOnly()).isTrue();
            assertThat(row.demoOnly()).isTrue();
            assertThat(row.status().state()).isEqualTo(SourceState.STOPPED);
        });
        assertThat(rows.get(2).demoOnly()).isFalse();
        assertThat(reads).containsExactly("stored", "brand", "shop-utrecht", "old");
    }

    @Test
    void anEmptyDatabaseIsNotScannedForStoredInstances() throws Exception {
        rows(List.of(), 0, TODAY);

        assertThat(reads).isEmpty();
    }
}
