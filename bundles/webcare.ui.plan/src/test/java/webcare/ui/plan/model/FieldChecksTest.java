package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldChecksTest {

    @Test
    void aRequiredFieldMustNotBeBlank() {
        assertThat(FieldChecks.required("Anna")).isEmpty();
        assertThat(FieldChecks.required("  ")).contains("invalid.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna@energiek.nl", "a.b-c+d@sub.example.co.uk", " anna@energiek.nl "})
    void acceptsEmailAddressesAndNothing(String text) {
        assertThat(FieldChecks.email(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "anna@energiek", "anna@energiek.n", "an na@energiek.nl", "@energiek.nl"})
    void refusesWhatIsNoEmailAddress(String text) {
        assertThat(FieldChecks.email(text)).contains("invalid.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+31 6 1234 5678", "06-12345678", "030-123 45 67", "0800 1234", "(030) 123 4567",
        "+44 20 7946 0958"})
    void acceptsPhoneNumbersAsWritten(String text) {
        assertThat(FieldChecks.phone(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"112", "06-1234", "call Anna", "06 1234 5678 ext 5", "31+6 1234 5678",
        "+31 6 1234 5678 9012 345"})
    void refusesWhatIsNoPhoneNumber(String text) {
        assertThat(FieldChecks.phone(text)).contains("invalid.phone");
    }

    @Test
    void otherPhonesAreCheckedLineByLineSkippingBlankLines() {
        assertThat(FieldChecks.phones("+31 6 1234 5678\n\n030 123 45 67\n")).isEmpty();
        assertThat(FieldChecks.phones("+31 6 1234 5678\nnot now")).contains("invalid.phone");
        assertThat(FieldChecks.lines(" a \r\n\n b")).containsExactly("a", "b");
    }

    @Test
    void targetTimesMayBeBlankButMustBeReadable() {
        assertThat(FieldChecks.minutes("")).isEmpty();
        assertThat(FieldChecks.minutes("1u30")).isEmpty();
        assertThat(FieldChecks.minutes("soon")).contains("invalid.duration");
    }

    @Test
    void datesAreWrittenDayMonthYear() {
        assertThat(FieldChecks.parseDate("15-3-2027")).contains(LocalDate.of(2027, 3, 15));
        assertThat(FieldChecks.parseDate("15/03/2027")).contains(LocalDate.of(2027, 3, 15));
        assertThat(FieldChecks.parseDate("15.3.2027")).contains(LocalDate.of(2027, 3, 15));
        assertThat(FieldChecks.date("31-2-2027")).contains("invalid.date");
        assertThat(FieldChecks.date("2027-03-15")).contains("invalid.date");
        assertThat(FieldChecks.date("")).isEmpty();
    }

    @Test
    void websitesNeedADomain() {
        assertThat(FieldChecks.website("www.energiek.nl")).isEmpty();
        assertThat(FieldChecks.website("https://energiek.nl/crisis")).isEmpty();
        assertThat(FieldChecks.website("energiek")).contains("invalid.website");
    }

    @Test
    void blankOptionalTextIsKeptAsNothing() {
        assertThat(FieldChecks.optional("  ")).isNull();
        assertThat(FieldChecks.optional(" Woordvoerder ")).isEqualTo("Woordvoerder");
    }
}
