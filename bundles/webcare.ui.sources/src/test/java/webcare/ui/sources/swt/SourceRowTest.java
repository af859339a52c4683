package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.MentionRepository.DayCount;
import webcare.ui.api.WorkbenchView;

class SourceRowTest {

    @Test
    void spreadsDailyCountsOverTheLastFourteenDaysOldestFirst() {
        LocalDate today = LocalDate.of(2026, 10, 26);
        long[] volume = SourceRow.volume(List.of(new DayCount(LocalDate.of(2026, 10, 13), 4),
                new DayCount(LocalDate.of(2026, 10, 25), 7), new DayCount(today, 2),
                new DayCount(LocalDate.of(2026, 10, 12), 99)), today);

        assertThat(volume).hasSize(14);
        assertThat(volume[0]).isEqualTo(4);
        assertThat(volume[12]).isEqualTo(7);
        assertThat(volume[13]).isEqualTo(2);
        assertThat(new SourceRow(null, true, 0, 0, volume).today()).isEqualTo(2);
    }

    @Test
    void instanceNamesAreShortLowerCaseAndSafeForAFileName() {
        assertThat(SourceDialog.INSTANCE_NAME.matcher("shop-nl").matches()).isTrue();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("brand_2").matches()).isTrue();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("-brand").matches()).isFalse();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("Brand").matches()).isFalse();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("a/b").matches()).isFalse();
    }

    @Test
    void anInstanceNotSyncedYetSaysSoInBothLanguagesAndNeedsNoAttention() {
        SourceStatus fresh = new SourceStatus("twitter", "brand", SourceState.NEW, "", null, null, 0, Map.of());

        assertThat(SourcesView.state(fresh, texts(Locale.ENGLISH), Locale.ENGLISH)).isEqualTo("not synced yet");
        assertThat(SourcesView.state(fresh, texts(Locale.forLanguageTag("nl")), Locale.forLanguageTag("nl")))
                .isEqualTo("nog niet gesynchroniseerd");
        assertThat(SourcesView.needsAttention(SourceState.NEW)).isFalse();
        assertThat(SourcesView.needsAttention(SourceState.AUTH_FAILED)).isTrue();
    }

    @Test
    void anInstanceAnotherWorkbenchPollsSaysSoInBothLanguagesAndNeedsNoAttention() {
        SourceStatus elsewhere = new SourceStatus("twitter", "brand", SourceState.POLLED_ELSEWHERE,
                "polled by anke@desk-1:4711", null, null, 0, Map.of());

        assertThat(SourcesView.state(elsewhere, texts(Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("polled by another workbench");
        assertThat(SourcesView.state(elsewhere, texts(Locale.forLanguageTag("nl")), Locale.forLanguageTag("nl")))
                .isEqualTo("opgehaald door een andere werkbank");
        assertThat(SourcesView.needsAttention(SourceState.POLLED_ELSEWHERE)).isFalse();
    }

    @Test
    void whatTheLastSyncSkippedShowsItsCountAndWhy() {
        Locale dutch = Locale.forLanguageTag("nl");

        assertThat(SourcesView.skipped(synced(Map.of()), texts(dutch), dutch)).isEmpty();
        assertThat(SourcesView.skipped(synced(Map.of("no id", 3)), texts(Locale.ENGLISH), Locale.ENGLISH))
                .isEqualTo("3 (no id)");
        assertThat(SourcesView.skipped(synced(Map.of("no id", 1200, "no created_time", 2)), texts(dutch), dutch))
                .isEqualTo("1.202 (2 no created_time, 1.200 no id)");
    }

    private static SourceStatus synced(Map<String, Integer> skipped) {
        return new SourceStatus("facebook", "shop", SourceState.OK, "", null, null, 0, skipped);
    }

    private static ResourceBundle texts(Locale locale) {
        return WorkbenchView.texts(SourcesView.class, locale);
    }
}
