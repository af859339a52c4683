package webcare.ui.themes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void controlCharactersBecomeSpacesAndDirectionOverridesGo() {
        assertThat(PlainText.of("a\u0007b\tc\nd \u202Eevil\u202C <b>x</b>", 100)).isEqualTo("a b c\nd evil <b>x</b>");
    }

    @Test
    void aLongTextIsCutWithAnEllipsisAndAShortOneIsNot() {
        assertThat(PlainText.of("abcdef", 3)).isEqualTo("abc\u2026");
        assertThat(PlainText.of("abc", 3)).isEqualTo("abc");
        assertThat(PlainText.of("ab\u202E", 2)).isEqualTo("ab");
    }

    @Test
    void aPeriodEndsNowAndTheOneBeforeHasTheSameLength() {
        Instant now = Instant.parse("2026-12-05T12:00:00Z");
        Period.Window week = Period.WEEK.endingAt(now);
        assertThat(week.from()).isEqualTo(now.minus(Duration.ofDays(7)));
        assertThat(week.to()).isEqualTo(now);
        assertThat(week.previous()).isEqualTo(new Period.Window(now.minus(Duration.ofDays(14)), week.from()));
        assertThat(Period.DAY.length()).isEqualTo(Duration.ofHours(24));
        assertThat(Period.MONTH.length()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void growthReadsAsTheFactorOfTheShare() {
        assertThat(Growth.factor(0)).isEqualTo(1.0);
        assertThat(Growth.factor(Math.log(3))).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
