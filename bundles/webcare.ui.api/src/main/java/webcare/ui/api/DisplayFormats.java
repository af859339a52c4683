package webcare.ui.api;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How every view writes dates, times and numbers: one way per language, in the window's language
 * and in Dutch local time (the organisations are Dutch; instants are stored in UTC).
 * <ul>
 * <li>Dutch: {@code 5-12-2026}, {@code 5-12-2026 14:30}, {@code 5 december 2026},
 * {@code zaterdag 5 december 2026}, {@code 4.000}</li>
 * <li>English: {@code 5 Dec 2026}, {@code 5 Dec 2026 14:30}, {@code 5 December 2026},
 * {@code Saturday 5 December 2026}, {@code 4,000}</li>
 * </ul>
 * Typed dates are read in either language's short form and as day-month-year with dashes,
 * slashes or dots, so "15-3-2027" works in the English window too.
 *
 * @param locale the window's language
 * @param zone   the zone local times are shown in
 */
public record DisplayFormats(Locale locale, ZoneId zone) {

    /** The zone of the organisations' local time. */
    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** "15 maart 2027", "15 Mar. 2027": day, a month's name in either language, year. */
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    /** Month names, full and short, Dutch and English, lower case without dots → month 1–12. */
    private static final Map<String, Integer> MONTHS = monthNames();

    public DisplayFormats {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }

    /** In {@code locale}, in Dutch local time. */
    public static DisplayFormats of(Locale locale) {
        return new DisplayFormats(locale, DUTCH_TIME);
    }

    /** "5-12-2026" / "5 Dec 2026". */
    public String date(LocalDate date) {
        return dutch() ? NUMERIC.format(date) : DateTimeFormatter.ofPattern("d MMM uuuu", locale).format(date);
    }

    /** "5-12-2026 14:30" / "5 Dec 2026 14:30", in local time. */
    public String dateTime(Instant instant) {
        return date(instant.atZone(zone).toLocalDate()) + " " + time(instant);
    }

    /** "14:30", in local time. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    /** "5 december 2026" / "5 December 2026": in sentences and headings. */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
    }

    /** "zaterdag 5 december 2026" / "Saturday 5 December 2026". */
    public String weekday(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale).format(date);
    }

    /** "4.000" / "4,000". */
    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /**
     * A date as someone typed it: "15-3-2027", "15/3/2027", "15.3.2027", "15 Mar 2027",
     * "15 mrt 2027", "15 maart 2027"; empty when it is none of these or no real day.
     */
    public static Optional<LocalDate> parseDate(String text) {
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value.replace('/', '-').replace('.', '-'), NUMERIC));
        } catch (DateTimeParseException notNumeric) {
            Matcher written = WRITTEN.matcher(value);
            Integer month = written.matches() ? MONTHS.get(written.group(2).toLowerCase(Locale.ROOT)) : null;
            if (month == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(written.group(3)), month,
                        Integer.parseInt(written.group(1))));
            } catch (DateTimeException noSuchDay) {
                return Optional.empty();
            }
        }
    }

    private boolean dutch() {
        return "nl".equals(locale.getLanguage());
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    names.put(month.getDisplayName(style, language).replace(".", "").toLowerCase(Locale.ROOT),
                            month.getValue());
                }
            }
        }
        names.put("sept", 9); // as many write it, whatever the JDK's data says
        return Map.copyOf(names);
    }
}
