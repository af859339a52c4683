package webcare.analysis.flags.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfiguredPatternsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "\\bORD-\\d{6}\\b ORD-",
        "KL\\d{7} KL",
        "^INV_\\d+ INV_",
        "ABC?\\d AB",
        "AB+\\d AB",
        "(?i)ord-\\d{6} ''",
        "ORD|BST ''",
        "[A-Z]{3}\\d ''",
        "\\d{10} ''"})
    void aPatternIsSkippedOnlyWhenItsLiteralStartIsMissing(String regex, String literal) {
        assertThat(ConfiguredPatterns.literalStart(regex)).isEqualTo(literal);
    }
}
