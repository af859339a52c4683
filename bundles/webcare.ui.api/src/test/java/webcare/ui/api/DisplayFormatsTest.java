package webcare.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayFormatsTest {

    private static final DisplayFormats DUTCH = DisplayFormats.of(Locale.forLanguageTag("nl"));
    private static final DisplayFormats ENGLISH = DisplayFormats.of(Locale.ENGLISH);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void oneWayPerLanguage() {
        assertThat(DUTCH.date(DAY)).isEqualTo("5-12-2026");
        assertThat(ENGLISH.date(DAY)).isEqualTo("5 Dec 2026");
        assertThat(DUTCH.longDate(DAY)).isEqualTo("5 december 2026");
        assertThat(ENGLISH.longDate(DAY)).isEqualTo("5 December 2026");
        assertThat(DUTCH.weekday(DAY)).isEqualTo("zaterdag 5 december 2026");
        assertThat(ENGLISH.weekday(DAY)).isEqualTo("Saturday 5 December 2026");
        assertThat(DUTCH.number(4_000)).isEqualTo("4.000");
        assertThat(ENGLISH.number(4_000)).isEqualTo("4,000");
    }

    @Test
    void timesAreDutchLocalTimeAcrossTheSpringChange() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST
        assertThat(DUTCH.dateTime(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29-3-2026 01:59");
        assertThat(DUTCH.dateTime(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29-3-2026 03:00");
        assertThat(ENGLISH.dateTime(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("25 Oct 2026 02:30");
        assertThat(ENGLISH.time(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("02:30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15-3-2027", "15/3/2027", "15.03.2027", " 15-3-2027 ", "15 Mar 2027", "15 march 2027",
            "15 mrt 2027", "15 mrt. 2027", "15 Maart 2027"})
    void readsWhatPeopleType(String typed) {
        assertThat(DisplayFormats.parseDate(typed)).contains(LocalDate.of(2027, 3, 15));
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(DisplayFormats.parseDate(ENGLISH.date(DAY))).contains(DAY);
        assertThat(DisplayFormats.parseDate(DUTCH.date(DAY))).contains(DAY);
        assertThat(DisplayFormats.parseDate(DUTCH.longDate(DAY))).contains(DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31-2-2027", "2027-03-15", "15 Foo 2027", "15-13-2027", "tomorrow"})
    void refusesWhatIsNoDay(String typed) {
        assertThat(DisplayFormats.parseDate(typed)).isEmpty();
    }
}
