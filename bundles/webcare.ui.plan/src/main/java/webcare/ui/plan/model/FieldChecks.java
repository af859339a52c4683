package webcare.ui.plan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import webcare.model.plan.Durations;
import webcare.ui.api.DisplayFormats;

/**
 * The shape of what a manager types into a form. Each check answers with the key of the message
 * to show ({@code invalid.*} in messages.properties) or empty when the text is fine. Blank optional
 * fields are fine: the health check, not the form, says what is missing.
 */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()\\-./]*");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[^\\s/]+\\.[^\\s/]{2,}(/\\S*)?");
    private static final int MIN_PHONE_DIGITS = 8;
    private static final int MAX_PHONE_DIGITS = 15;

    private FieldChecks() {}

    public static Optional<String> required(String text) {
        return text.isBlank() ? Optional.of("invalid.required") : Optional.empty();
    }

    public static Optional<String> email(String text) {
        return text.isBlank() || EMAIL.matcher(text.strip()).matches() ? Optional.empty()
                : Optional.of("invalid.email");
    }

    /** A number as written ("+31 6 1234 5678", "030-123 45 67", "0800 1234"): 8 to 15 digits. */
    public static Optional<String> phone(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long digits = value.chars().filter(Character::isDigit).count();
        return PHONE.matcher(value).matches() && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS
                ? Optional.empty() : Optional.of("invalid.phone");
    }

    /** Further numbers, one a line; blank lines are skipped. */
    public static Optional<String> phones(String text) {
        return lines(text).stream().map(FieldChecks::phone).flatMap(Optional::stream).findFirst();
    }

    public static Optional<String> website(String text) {
        return text.isBlank() || WEBSITE.matcher(text.strip()).matches() ? Optional.empty()
                : Optional.of("invalid.website");
    }

    public static Optional<String> minutes(String text) {
        return text.isBlank() || Durations.minutes(text).isPresent() ? Optional.empty()
                : Optional.of("invalid.duration");
    }

    /** A date as {@link DisplayFormats#parseDate} reads it: "15-3-2027", "15 Mar 2027", "15 maart 2027". */
    public static Optional<String> date(String text) {
        return text.isBlank() || parseDate(text).isPresent() ? Optional.empty() : Optional.of("invalid.date");
    }

    public static Optional<LocalDate> parseDate(String text) {
        return DisplayFormats.parseDate(text);
    }

    /** The non-blank lines of {@code text}, stripped. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Null for blank text, the stripped text otherwise: how optional texts are kept in the plan. */
    public static String optional(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
