package webcare.source.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MentionFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-25T08:00:00Z", "2026-10-25T08:00:00.1Z", "2026-10-25T08:00:00.123456Z",
        "2026-10-25T08:00:00.123456789Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z",
        "2026-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2026-10-25T10:00:00+02:00", "2026-10-25T08:00:00.5-01:30",
        "2026-10-25T24:00:00Z", "2026-10-25T08:00:00.Z"})
    void readsInstantsLikeInstantParse(String text) {
        assertThat(MentionFields.parseInstant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T08:00:00Z", "2026-13-01T08:00:00Z", "2026-10-25T25:00:00Z",
        "2026-10-25T08:60:00Z", "2026-10-25T08:00:00.1234567890Z", "2026-10-25 08:00:00Z",
        "2026-1a-25T08:00:00Z", "2026-10-25", "yesterday", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> MentionFields.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "emoji 😀 pair", "", "\uD83D\uDE00\uD83D\uDE00"})
    void leavesWellFormedTextAlone(String text) {
        assertThat(MentionFields.wellFormed(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD83D", "\uDE00b", "x\uDE00\uD83Dy", "\uD83D\uD83D\uDE00"})
    void replacesUnpairedSurrogates(String text) {
        assertThat(MentionFields.wellFormed(text)).doesNotContain("\uD83D\uD83D").contains("\uFFFD");
    }
}
