package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;

class VolumeCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 26);

    private final VolumeCache cache = new VolumeCache();
    private final List<String> reads = new ArrayList<>();

    private static SourceStatus status(String instance, SourceState state) {
        return new SourceStatus("twitter", instance, state, "", null, null, 0, Map.of());
    }

    private List<SourceRow> rows(List<SourceStatus> sources, long mentions, LocalDate today) throws Exception {
        return cache.rows(sources, mentions, today, source -> {
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
        assertThat(reads).containsExactly("brand", "shop");

        rows(sources, 1_001, TODAY);
        assertThat(reads).containsExactly("brand", "shop", "brand", "shop");
    }

    @Test
    void readsAgainOnANewLocalDay() throws Exception {
        List<SourceStatus> sources = List.of(status("brand", SourceState.OK));

        rows(sources, 7, TODAY);
        rows(sources, 7, TODAY.plusDays(1));

        assertThat(reads).containsExactly("brand", "brand");
    }

    @Test
    void readsAgainWhenAnInstanceComesOrGoes() throws Exception {
        rows(List.of(status("brand", SourceState.OK)), 7, TODAY);
        rows(List.of(status("brand", SourceState.OK), status("shop", SourceState.OK)), 7, TODAY);
        rows(List.of(status("shop", SourceState.OK)), 7, TODAY);

        assertThat(reads).containsExactly("brand", "brand", "shop", "shop");
    }

    @Test
    void showsTheFreshStatusWithTheKeptVolume() throws Exception {
        List<SourceRow> first = rows(List.of(status("brand", SourceState.OK)), 7, TODAY);

        List<SourceRow> second = rows(List.of(status("brand", SourceState.SYNCING)), 7, TODAY);

        assertThat(reads).containsExactly("brand");
        assertThat(second).singleElement().satisfies(row -> {
            assertThat(row.status().state()).isEqualTo(SourceState.SYNCING);
            assertThat(row.volume()).isSameAs(first.get(0).volume());
            assertThat(row.today()).isEqualTo(1);
        });
    }
}
