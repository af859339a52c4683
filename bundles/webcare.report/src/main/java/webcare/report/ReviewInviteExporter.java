package webcare.report;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.IntStream;
import org.osgi.service.component.annotations.Component;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.model.plan.PlanIndex;
import webcare.model.plan.Review;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanExporter;

/**
 * The invitation to the next annual review (RFC 5545, METHOD:REQUEST): one event at 10:00 local
 * time for two hours on {@link Plan#nextReview()}, with a VTIMEZONE for the context's zone so
 * calendars convert it right in summer and winter time alike. Organised by the last review's
 * approver, for its participants (those with an e-mail address).
 */
@Component(service = PlanExporter.class, property = PlanExporter.FORMAT + "=ics")
public final class ReviewInviteExporter implements PlanExporter {

    static final LocalTime START = LocalTime.of(10, 0);
    static final Duration LENGTH = Duration.ofHours(2);

    @Override
    public String extension() {
        return "ics";
    }

    @Override
    public String description() {
        return "Calendar invitation for the next plan review (iCalendar .ics)";
    }

    /** @throws IOException when the plan has no next review date */
    @Override
    public void write(Plan plan, ExportContext context, OutputStream out) throws IOException {
        LocalDate day = plan.nextReview();
        if (day == null) {
            throw new IOException("The plan has no next review date: set one before exporting the invitation");
        }
        Labels labels = Labels.of(context.language());
        PlanIndex index = new PlanIndex(plan);
        String organisation = plan.organisation().name();
        ZonedDateTime start = day.atTime(START).atZone(context.zone());

        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Webcare Workbench//Plan review//" + context.language().getLanguage().toUpperCase());
        calendar.setMethod(Method.request());

        VEvent event = new VEvent();
        event.setUid(uid(organisation, day));
        event.setDateTimeStamp(Date.from(context.generatedAt()));
        event.setSequence(0);
        event.setSummary(labels.format("invite.summary", organisation));
        StringBuilder description = new StringBuilder(labels.format("invite.description", organisation));
        plan.lastReview().ifPresent(last -> description.append("\n\n")
                .append(labels.format("invite.lastReview", labels.date(last.date()))));
        event.setDescription(description.toString());
        event.setDateStart(Date.from(start.toInstant()), true);
        event.setDateEnd(Date.from(start.plus(LENGTH).toInstant()), true);

        Review last = plan.lastReview().orElse(null);
        if (last != null) {
            index.person(last.approvedBy()).filter(ReviewInviteExporter::mailable)
                    .ifPresent(approver -> event.setOrganizer(new Organizer(approver.name(), approver.email())));
            last.participants().stream().distinct().map(index::person).flatMap(java.util.Optional::stream)
                    .filter(ReviewInviteExporter::mailable).forEach(person -> event.addAttendee(attendee(person)));
        }
        calendar.addEvent(event);

        TimeZone javaZone = TimeZone.getTimeZone(context.zone());
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(javaZone,
                vtimezone(context.zone(), day.getYear())));
        out.write(Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The same organisation and day give the same UID, so a re-sent invitation updates the first. */
    static String uid(String organisation, LocalDate day) {
        UUID id = UUID.nameUUIDFromBytes(("webcare-plan-review|" + organisation + "|" + day)
                .getBytes(StandardCharsets.UTF_8));
        return "plan-review-" + day + "-" + id + "@webcare-workbench";
    }

    private static boolean mailable(Person person) {
        return person.email() != null && !person.email().isBlank();
    }

    private static Attendee attendee(Person person) {
        Attendee attendee = new Attendee(person.name(), person.email());
        attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
        attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        attendee.setRsvp(true);
        return attendee;
    }

    /**
     * The zone's current rules as a VTIMEZONE: one STANDARD and one DAYLIGHT observance, each
     * recurring yearly, from java.time's transition rules (Europe/Amsterdam: last Sunday of March
     * 02:00 → +02:00, last Sunday of October 03:00 → +01:00). A zone without daylight saving gets
     * one STANDARD observance with the offset it has in {@code year}.
     */
    static VTimezone vtimezone(ZoneId zone, int year) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(LocalDate.of(year, 7, 1).atStartOfDay(zone).toInstant());
            StandardTime standard = new StandardTime();
            standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            standard.setTimezoneOffsetFrom(utc(offset));
            standard.setTimezoneOffsetTo(utc(offset));
            standard.addTimezoneName(zone.getId());
            component.addStandardTime(standard);
            return component;
        }
        for (ZoneOffsetTransitionRule rule : transitions) {
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            // DTSTART is local time in the offset before the change, as RFC 5545 wants it.
            LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(first.getYear(), first.getMonthValue(),
                    first.getDayOfMonth(), first.getHour(), first.getMinute(), first.getSecond(), false));
            observance.setTimezoneOffsetFrom(utc(rule.getOffsetBefore()));
            observance.setTimezoneOffsetTo(utc(rule.getOffsetAfter()));
            observance.setRecurrenceRule(yearly(rule));
            observance.addTimezoneName(rule.createTransition(year).getInstant().atZone(zone)
                    .format(java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ENGLISH)));
            if (daylight) {
                component.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                component.addStandardTime((StandardTime) observance);
            }
        }
        return component;
    }

    /**
     * A transition rule as a yearly RRULE. java.time says "the Sunday on or after day d" (lastSun
     * in a 31-day month is "on or after the 25th"), or for negative d "on or before the (-d)-th
     * last day". Whole weeks become BYDAY=2SU or BYDAY=-1SU, which every calendar understands;
     * anything else the seven candidate days with BYMONTHDAY.
     */
    private static Recurrence yearly(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return builder.byMonthDay(day).build();
        }
        biweekly.util.DayOfWeek weekday = biweekly.util.DayOfWeek.valueOf(rule.getDayOfWeek().name());
        Month month = rule.getMonth();
        if (day > 0 && month.minLength() == month.maxLength() && day + 6 == month.maxLength()) {
            return builder.byDay(-1, weekday).build();
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return builder.byDay((day - 1) / 7 + 1, weekday).build();
        }
        if (day < 0 && (-day - 1) % 7 == 0) {
            return builder.byDay(-((-day - 1) / 7 + 1), weekday).build();
        }
        List<Integer> days = new ArrayList<>();
        if (day > 0) {
            IntStream.range(day, day + 7).forEach(days::add);
        } else {
            IntStream.rangeClosed(day - 6, day).forEach(days::add);
        }
        return builder.byDay(weekday).byMonthDay(days).build();
    }

    private static UtcOffset utc(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
