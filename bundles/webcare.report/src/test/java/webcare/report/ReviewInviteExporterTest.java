package webcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.Observance;
import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import biweekly.property.Attendee;
import biweekly.util.DateTimeComponents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import webcare.model.plan.Organisation;
import webcare.model.plan.Plan;

class ReviewInviteExporterTest {

    private final ReviewInviteExporter exporter = new ReviewInviteExporter();

    private String ics(Plan plan, webcare.plan.api.ExportContext context) throws IOException {
        return new String(Pdfs.export(exporter, plan, context), StandardCharsets.UTF_8);
    }

    private static VEvent event(String ics) {
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertThat(calendars).hasSize(1);
        assertThat(calendars.get(0).getEvents()).hasSize(1);
        return calendars.get(0).getEvents().get(0);
    }

    @Test
    void anInvitationForTheNextReviewFromTheApproverToTheParticipants() throws IOException {
        String ics = ics(Plans.dairy(), Plans.dutch(7));
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);

        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getSummary().getValue()).isEqualTo("Jaarlijkse review crisisplan Zuivelcoöperatie De Weidegang");
        assertThat(event.getDescription().getValue()).startsWith("Jaarlijkse review van het crisisplan van "
                + "Zuivelcoöperatie De Weidegang.").endsWith("Vorige review: 12 maart 2026.");
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(Plans.GENERATED);
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Zoë Ëlberts");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("zoe.elberts@weidegang.example");
        assertThat(event.getAttendees()).extracting(Attendee::getCommonName, Attendee::getEmail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Zoë Ëlberts", "zoe.elberts@weidegang.example"),
                org.assertj.core.groups.Tuple.tuple("José Müller", "jose.muller@weidegang.example"),
                org.assertj.core.groups.Tuple.tuple("Anouk van den Berg", "anouk@weidegang.example"));
        assertThat(event.getAttendees()).allSatisfy(attendee -> assertThat(attendee.getRsvp()).isTrue());
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "DTSTART:19700329T020000", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "DTSTART:19701025T030000", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "\r\n");
    }

    @Test
    void tenOClockInWinterIsNineUtc() throws IOException {
        String ics = ics(Plans.dairy(), Plans.dutch(7));
        VEvent event = event(ics);

        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20270311T100000",
                "DTEND;TZID=Europe/Amsterdam:20270311T120000");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-11T09:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-03-11T11:00:00Z"));
    }

    @Test
    void tenOClockInSummerIsEightUtc() throws IOException {
        String ics = ics(Plans.dairy().withNextReview(LocalDate.of(2027, 6, 10)), Plans.dutch(7));
        VEvent event = event(ics);

        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20270610T100000");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-06-10T08:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2027-06-10T10:00:00Z"));
    }

    @Test
    void theUidIsStableForOrganisationAndDate() throws IOException {
        Plan plan = Plans.dairy();
        String first = event(ics(plan, Plans.dutch(7))).getUid().getValue();
        String again = event(ics(plan.withPeople(List.of()), Plans.english(8))).getUid().getValue();
        String otherDay = event(ics(plan.withNextReview(LocalDate.of(2027, 3, 12)), Plans.dutch(7))).getUid().getValue();
        String otherOrganisation = event(ics(plan.withOrganisation(new Organisation("Andere", null, null)),
                Plans.dutch(7))).getUid().getValue();

        assertThat(first).isEqualTo(again).startsWith("plan-review-2027-03-11-").endsWith("@webcare-workbench");
        assertThat(List.of(otherDay, otherOrganisation)).doesNotContain(first).doesNotHaveDuplicates();
    }

    @Test
    void commasAndSemicolonsInTheSummaryAreEscapedAndReadBack() throws IOException {
        Plan plan = Plans.dairy().withOrganisation(new Organisation("Zorg, Welzijn; Wonen \\ Co", null, null));

        String ics = ics(plan, Plans.english(7));

        assertThat(ics).contains("SUMMARY:Annual review crisis plan Zorg\\, Welzijn\\; Wonen \\\\ Co");
        assertThat(event(ics).getSummary().getValue()).isEqualTo("Annual review crisis plan Zorg, Welzijn; Wonen \\ Co");
    }

    @Test
    void withoutAnApproverEmailThereIsNoOrganizer() throws IOException {
        Plan plan = Plans.dairy();
        webcare.model.plan.Review review = plan.reviews().get(0);
        plan = plan.withReviews(List.of(new webcare.model.plan.Review(review.date(), "daan", review.participants(),
                review.confirmedContacts(), review.items())));

        VEvent event = event(ics(plan, Plans.dutch(7)));

        assertThat(event.getOrganizer()).isNull();
        assertThat(event.getAttendees()).hasSize(3);
    }

    @Test
    void theWrittenCalendarPassesBiweeklyValidation() throws IOException {
        ICalendar calendar = Biweekly.parse(ics(Plans.dairy(), Plans.dutch(7))).first();

        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
    }

    @Test
    void aPlanWithoutNextReviewDateHasNoInvitation() {
        assertThatThrownBy(() -> exporter.write(Plans.dairy().withNextReview(null), Plans.dutch(7),
                new ByteArrayOutputStream())).isInstanceOf(IOException.class)
                .hasMessage("The plan has no next review date: set one before exporting the invitation");
    }

    @Test
    void tenOClockConvertsRightOnEveryDayOfTheYear() throws IOException {
        ZoneId zone = Plans.AMSTERDAM;
        ICalTimeZone written = new ICalTimeZone(ReviewInviteExporter.vtimezone(zone, 2027));

        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
            Instant read = new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 10, 0, 0,
                    false).toDate(written).toInstant();
            assertThat(read).as("%s", day).isEqualTo(day.atTime(10, 0).atZone(zone).toInstant());
        }
    }

    /**
     * Each observance, expanded by biweekly's own RRULE iterator, falls on java.time's transitions
     * (local time before the change) with the same offsets. biweekly's ICalTimeZone itself is not
     * used here: it places an onset a few hours off in zones far from UTC.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Tokyo",
            "America/Sao_Paulo", "Europe/London", "America/Santiago"})
    void theWrittenTimeZoneHasJavaTimesTransitions(String id) {
        ZoneId zone = ZoneId.of(id);
        VTimezone written = ReviewInviteExporter.vtimezone(zone, 2027);
        TimeZone utc = TimeZone.getTimeZone("UTC");

        Set<String> expected = new TreeSet<>();
        for (int year = 2027; year <= 2030; year++) {
            for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
                ZoneOffsetTransition transition = rule.createTransition(year);
                expected.add(transition.getDateTimeBefore() + " " + transition.getOffsetBefore() + " → "
                        + transition.getOffsetAfter());
            }
        }
        Set<String> actual = new TreeSet<>();
        List<Observance> observances = new ArrayList<>(written.getStandardTimes());
        observances.addAll(written.getDaylightSavingsTime());
        for (Observance observance : observances) {
            if (observance.getRecurrenceRule() == null) {
                continue;
            }
            Date start = observance.getDateStart().getValue().getRawComponents().toDate(utc);
            DateIterator dates = observance.getRecurrenceRule().getValue().getDateIterator(start, utc);
            while (dates.hasNext()) {
                LocalDateTime at = LocalDateTime.ofInstant(dates.next().toInstant(), ZoneOffset.UTC);
                if (at.getYear() > 2030) {
                    break;
                }
                if (at.getYear() >= 2027) {
                    actual.add(at + " " + offset(observance.getTimezoneOffsetFrom().getValue()) + " → "
                            + offset(observance.getTimezoneOffsetTo().getValue()));
                }
            }
        }

        assertThat(actual).containsExactlyElementsOf(expected);
        if (expected.isEmpty()) {
            assertThat(written.getStandardTimes()).singleElement().satisfies(standard -> assertThat(
                    offset(standard.getTimezoneOffsetTo().getValue())).isEqualTo(
                            zone.getRules().getOffset(Instant.parse("2027-07-01T00:00:00Z"))));
        }
    }

    private static ZoneOffset offset(biweekly.util.UtcOffset offset) {
        return ZoneOffset.ofTotalSeconds((int) (offset.getMillis() / 1000));
    }
}
