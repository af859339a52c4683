package webcare.ui.sources.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.store.api.MentionRepository.DayCount;

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
        assertThat(new SourceRow(null, volume).today()).isEqualTo(2);
    }

    @Test
    void instanceNamesAreShortLowerCaseAndSafeForAFileName() {
        assertThat(SourceDialog.INSTANCE_NAME.matcher("shop-nl").matches()).isTrue();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("brand_2").matches()).isTrue();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("-brand").matches()).isFalse();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("Brand").matches()).isFalse();
        assertThat(SourceDialog.INSTANCE_NAME.matcher("a/b").matches()).isFalse();
    }
}
