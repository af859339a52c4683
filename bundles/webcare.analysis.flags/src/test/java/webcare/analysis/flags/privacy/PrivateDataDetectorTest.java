package webcare.analysis.flags.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;
import webcare.analysis.flags.evaluation.Detectors;

class PrivateDataDetectorTest {

    private final List<String> problems = new ArrayList<>();
    private final PrivateDataDetector detector = Detectors.privateData(problems::add, "\\bORD-\\d{6}\\b");

    /** The flagged characters, as "TYPE:text". */
    private List<String> found(String text) {
        return detector.detect(text, "nl").stream().map(flag -> flag.type() + ":" + text.substring(flag.start(), flag.end())).toList();
    }

    @Nested
    class Phones {

        @ParameterizedTest
        @ValueSource(strings = {"06-12345678", "06 1234 5678", "0612345678", "06 12 34 56 78", "020-1234567",
            "(020) 123 45 67", "020 123 4567", "0513-123456", "+31 6 12345678", "+316 12345678", "0031 6 12345678",
            "+31 (0)6 12345678", "+31 20 123 4567"})
        void findsDutchNumbersWithTheirExactSpan(String number) {
            assertThat(found("Bel me op " + number + ", graag vandaag.")).containsExactly("PHONE:" + number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"+44 20 7946 0958", "+1 (555) 123-4567", "+49 30 12345678", "+32 470 12 34 56", "+33 6 12 34 56 78"})
        void findsInternationalNumbers(String number) {
            assertThat(found("Call me on " + number + " please")).containsExactly("PHONE:" + number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ordernummer 2024061234567890 is zoek.", "Tracking 3SABC0612345678 staat stil.",
            "Code ORD0612345678 werkt niet", "Log 20241205061234 van vanochtend", "Factuur 06123456789 klopt niet",
            "Referentie 0612345678-01 graag noemen", "Pakket 12/0612345678 ligt er nog"})
        void neverFlagsANumberInsideALongerOne(String text) {
            assertThat(found(text)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Besteld op 06-12-2024 om 14:30.", "Ik betaalde € 1.234,56 en € 0,99.", "Prijs 0612,00 euro?",
            "Bel de gratis lijn 0800-1234567 of 0900-1234567.", "Nummer 06-1234567 mist een cijfer.", "Versie 0.612.345.678"})
        void leavesDatesAmountsAndServiceNumbersAlone(String text) {
            assertThat(found(text)).isEmpty();
        }

        @Test
        void takesTheNumberOutOfASpaceSeparatedRun() {
            assertThat(found("op 12 mei 06 1234 5678 gebeld")).containsExactly("PHONE:06 1234 5678");
        }
    }

    @Nested
    class Emails {

        @Test
        void findsAddressesInsideHtmlWithoutTheMarkup() {
            String html = "<a href=\"mailto:jan.jansen@example.nl\">jan.jansen@example.nl</a>";
            List<Flag> flags = detector.detect(html, "en");
            assertThat(flags).extracting(Flag::start, Flag::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(16, 37), org.assertj.core.groups.Tuple.tuple(39, 60));
            assertThat(flags).allMatch(flag -> flag.type() == FlagType.EMAIL && flag.detail().equals("e-mail address"));
        }

        @Test
        void leavesHandlesAndBrokenAddressesAlone() {
            assertThat(found("@webcare en #storing, mail jan@ of @example.com of jan@localhost")).isEmpty();
        }
    }

    @Nested
    class Ibans {

        @ParameterizedTest
        @ValueSource(strings = {"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300",
            "BE68539007547034", "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19"})
        void findsValidIbansOfAnyCountry(String iban) {
            assertThat(found("Stort het terug op " + iban + " aub")).containsExactly("IBAN:" + iban);
        }

        @Test
        void saysWhichCountryButNotTheNumber() {
            assertThat(detector.detect("NL91 ABNA 0417 1643 00", "nl")).extracting(Flag::detail)
                    .containsExactly("IBAN NL, checksum valid");
        }

        @ParameterizedTest
        @ValueSource(strings = {"NL91 ABNA 0417 1643 01", "NL92ABNA0417164300", "DE89 3704 0044 0532 0130 01", "NL91ABNA04171643001"})
        void leavesAnInvalidIbanAndItsDigitsAlone(String iban) {
            assertThat(found("Het nummer " + iban + " klopt niet")).isEmpty();
        }
    }

    @Nested
    class Bsns {

        @Test
        void findsANumberThatPassesTheElevenCheck() {
            assertThat(found("Mijn BSN is 111222333.")).containsExactly("BSN:111222333");
            assertThat(found("Graag 123456782 uit jullie systeem halen")).containsExactly("BSN:123456782");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mijn BSN is 111222334.", "BSN 000000000 is een voorbeeld", "Nummer 1112223330 klopt",
            "Ordernummer 123456782 is kwijt", "Factuur 123456782 is te hoog", "Bel me: 612345682"})
        void leavesOtherNumbersAlone(String text) {
            assertThat(found(text)).isEmpty();
        }

        @Test
        void aMobileNumberIsAPhoneNumberNotABsn() {
            assertThat(found("Mijn mobiel: +31 612345682 (whatsapp)")).containsExactly("PHONE:+31 612345682");
        }
    }

    @Nested
    class Addresses {

        @Test
        void findsStreetNumberPostcodeAndTown() {
            assertThat(found("Stuur het naar Kerkstraat 12, 1234 AB Amsterdam graag."))
                    .containsExactly("ADDRESS:Kerkstraat 12, 1234 AB Amsterdam");
            assertThat(found("Laan van Meerdervoort 5, 2517 AA Den Haag"))
                    .containsExactly("ADDRESS:Laan van Meerdervoort 5, 2517 AA Den Haag");
        }

        @Test
        void findsPostcodeWithHouseNumber() {
            assertThat(found("Bezorgadres is 1234AB 12, niet 21.")).containsExactly("ADDRESS:1234AB 12");
            assertThat(found("postcode 1234 AB, 7a")).containsExactly("ADDRESS:1234 AB, 7a");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Postcode 1234 AB is bij ons in de buurt.", "In 2024 en 2025 ging het mis.",
            "Winkel in 3511 SA Utrecht", "Wij zitten in 1234AB Amsterdam"})
        void leavesAPostcodeWithoutHouseNumberAlone(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class ConfiguredNumbers {

        @Test
        void findsTheTeamsOwnOrderNumbers() {
            assertThat(found("Bestelling ORD-123456 is niet binnen, ORD-1234567 ook niet"))
                    .containsExactly("ORDER_NUMBER:ORD-123456");
        }

        @Test
        void reportsABadPatternByKeyAndKeepsTheOthers() {
            List<String> reported = new ArrayList<>();
            PrivateDataDetector configured = new PrivateDataDetector(
                    Detectors.config(new String[] {"ORD-\\d{6} [unclosed"}, new String[] {"KL\\d{7}"}), reported::add);
            assertThat(reported).singleElement().asString()
                    .startsWith("etc/webcare.analysis.flags.cfg: orderNumberPatterns: pattern 2 '[unclosed' is not a regular expression")
                    .doesNotContain("\n");
            String text = "ORD-123456 en KL1234567";
            assertThat(configured.detect(text, "nl")).extracting(Flag::type, Flag::detail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FlagType.ORDER_NUMBER, "order number (orderNumberPatterns #1)"),
                    org.assertj.core.groups.Tuple.tuple(FlagType.ORDER_NUMBER, "customer number (customerNumberPatterns #1)"));
        }

        @Test
        void aCatastrophicallyBacktrackingPatternCannotHangTheAnalysis() {
            PrivateDataDetector configured = Detectors.privateData(problems::add, "(a+)+b");
            String text = "a".repeat(10_000);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(configured.detect(text, "en")).isEmpty());
        }
    }

    @Nested
    class Text {

        @Test
        void emptyTextHasNoFlags() {
            assertThat(detector.detect("", "nl")).isEmpty();
        }

        @Test
        void spansCountUtf16UnitsPastEmoji() {
            String text = "😡😡 bel 06-12345678 👍";
            assertThat(detector.detect(text, "nl")).singleElement()
                    .satisfies(flag -> assertThat(text.substring(flag.start(), flag.end())).isEqualTo("06-12345678"))
                    .satisfies(flag -> assertThat(flag.start()).isEqualTo(9));
        }

        @Test
        void rightToLeftOverridesAndControlCharactersDoNotHideOrShiftData() {
            String text = "\u202Ebel\u202C 06-12345678\u0000 en\tjan@example.nl\u0007";
            assertThat(found(text)).containsExactly("PHONE:06-12345678", "EMAIL:jan@example.nl");
        }

        @Test
        void detailsNeverRepeatTheData() {
            String text = "06-12345678 jan@example.nl NL91ABNA0417164300 111222333 Kerkstraat 12, 1234 AB Amsterdam ORD-123456";
            List<Flag> flags = detector.detect(text, "nl");
            assertThat(flags).hasSize(6);
            for (Flag flag : flags) {
                assertThat(flag.detail()).doesNotContain(text.substring(flag.start(), flag.end()))
                        .doesNotContainPattern("\\d{3}");
            }
        }

        @Test
        void aTenThousandCharacterTextIsQuick() {
            String digits = "0612345678".repeat(1_000);
            String mixed = "Bel 06-12345678 of mail jan@example.nl, IBAN NL91ABNA0417164300. ".repeat(200).substring(0, 10_000);
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                assertThat(detector.detect(digits, "nl")).isEmpty();
                assertThat(detector.detect(mixed, "nl")).hasSizeGreaterThan(400);
            });
        }
    }
}
