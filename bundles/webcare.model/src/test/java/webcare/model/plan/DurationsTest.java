package webcare.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
        "90|90",
        "0|0",
        "45 min|45",
        "45min|45",
        "45 minuten|45",
        "45 minutes|45",
        "2 h|120",
        "2h|120",
        "2 u|120",
        "2 uur|120",
        "2 hours|120",
        "1 h 30 min|90",
        "1h30|90",
        "1u30|90",
        "1 u 30|90",
        "1 uur en 30 minuten|90",
        "1 hour and 30 minutes|90",
        "1:30|90",
        "0:05|5",
        "1,5 uur|90",
        "1.5 h|90",
        "1 dag|1440",
        "1 d 2|1560",
        "  2 H  |120",
    })
    void readsWhatPeopleWrite(String text, int minutes) {
        assertThat(Durations.minutes(text)).hasValue(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" is not a time")
    @ValueSource(strings = {"", "  ", "soon", "1 x", "h", "30 min 1 h", "90 30", "1:75", "1,3 min", "-5", "8 days",
        "1 h 2 h"})
    void refusesWhatIsNoTime(String text) {
        assertThat(Durations.minutes(text)).isEqualTo(OptionalInt.empty());
    }

    @ParameterizedTest(name = "{0} minutes show as \"{1}\" in English and \"{2}\" in Dutch")
    @CsvSource(delimiter = '|', value = {
        "0|0 min|0 min",
        "45|45 min|45 min",
        "60|1 h|1 uur",
        "90|1 h 30 min|1 uur 30 min",
        "1439|23 h 59 min|23 uur 59 min",
        "1440|1 day|1 dag",
        "1500|25 h|25 uur",
        "2880|2 days|2 dagen",
        "90000|1500 h|1500 uur",
    })
    void writesTheLargestWholeUnitInTheGivenLanguage(int minutes, String english, String dutch) {
        assertThat(Durations.format(minutes, Locale.ENGLISH)).isEqualTo(english);
        assertThat(Durations.format(minutes, DUTCH)).isEqualTo(dutch);
    }

    @Test
    void writesDutchForAnyDutchLocaleAndEnglishForAnyOther() {
        assertThat(Durations.format(90, Locale.forLanguageTag("nl-BE"))).isEqualTo("1 uur 30 min");
        assertThat(Durations.format(90, Locale.GERMAN)).isEqualTo("1 h 30 min");
    }

    @ParameterizedTest(name = "{0} minutes read back the same")
    @ValueSource(ints = {0, 1, 59, 60, 61, 119, 120, 125, 600, 1439, 1440, 1500, 2880, Durations.MAX_MINUTES})
    void readsBackWhatItWrites(int minutes) {
        assertThat(Durations.minutes(Durations.format(minutes, Locale.ENGLISH))).hasValue(minutes);
        assertThat(Durations.minutes(Durations.format(minutes, DUTCH))).hasValue(minutes);
    }
}
