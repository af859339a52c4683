package webcare.ui.inbox.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;

/**
 * What the filter bar holds, turned into the store's {@link Query}. Blank texts mean "any"; an empty
 * set of statuses means every status.
 *
 * @param decisions the decisions shown ({@code RESPOND}, …); empty for all
 * @param statuses  the statuses shown; {@link #OPEN_ONLY} by default
 * @param source    a platform type ({@code twitter}); blank for all
 * @param polarity  {@code NEGATIVE}, {@code NEUTRAL} or {@code POSITIVE}; blank for all
 * @param lang      a language code ({@code nl}); blank for all
 * @param overdueOnly only items past their due time
 * @param assignee  whose items; blank for anyone's
 * @param unassigned only the items assigned to nobody (then {@code assignee} is blank)
 * @param text      found anywhere in the text, ignoring case; blank for any
 * @param sort      the order
 */
public record InboxFilter(Set<String> decisions, Set<Status> statuses, String source, String polarity, String lang,
        boolean overdueOnly, String assignee, boolean unassigned, String text, Sort sort) {

    /** The statuses shown when nobody chose: the work still to do. */
    public static final Set<Status> OPEN_ONLY = Set.of(Status.OPEN);

    public InboxFilter {
        decisions = decisions == null ? Set.of() : Set.copyOf(decisions);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        source = strip(source);
        polarity = strip(polarity);
        lang = strip(lang);
        assignee = strip(assignee);
        if (unassigned && assignee != null) {
            throw new IllegalArgumentException("items of " + assignee + " are not unassigned: choose one of the two");
        }
        text = strip(text);
        sort = sort == null ? Sort.PRIORITY : sort;
    }

    /** Open items of every kind, by priority. */
    public static InboxFilter initial() {
        return new InboxFilter(Set.of(), OPEN_ONLY, null, null, null, false, null, false, null, Sort.PRIORITY);
    }

    /** The store's query for this filter, {@code now} deciding what is overdue. */
    public Query toQuery(Instant now) {
        return new Query(source, decisions, polarity, lang, overdueOnly ? Due.OVERDUE : Due.ANY,
                statuses.isEmpty() ? EnumSet.allOf(Status.class) : statuses, assignee, null, text, sort, now,
                unassigned);
    }

    /** Whether anything beyond the initial filter is chosen (the order aside). */
    public boolean narrowed() {
        return !decisions.isEmpty() || !statuses.equals(OPEN_ONLY) || source != null || polarity != null
                || lang != null || overdueOnly || assignee != null || unassigned || text != null;
    }

    public InboxFilter withDecisions(Set<String> chosen) {
        return new InboxFilter(chosen, statuses, source, polarity, lang, overdueOnly, assignee, unassigned, text, sort);
    }

    public InboxFilter withStatuses(Set<Status> chosen) {
        return new InboxFilter(decisions, chosen, source, polarity, lang, overdueOnly,
                assignee, unassigned, text, sort);
    }

    public InboxFilter withSource(String chosen) {
        return new InboxFilter(decisions, statuses, chosen, polarity, lang, overdueOnly,
                assignee, unassigned, text, sort);
    }

    public InboxFilter withPolarity(String chosen) {
        return new InboxFilter(decisions, statuses, source, chosen, lang, overdueOnly,
                assignee, unassigned, text, sort);
    }

    public InboxFilter withLang(String chosen) {
        return new InboxFilter(decisions, statuses, source, polarity, chosen, overdueOnly,
                assignee, unassigned, text, sort);
    }

    public InboxFilter withOverdueOnly(boolean chosen) {
        return new InboxFilter(decisions, statuses, source, polarity, lang, chosen, assignee, unassigned, text, sort);
    }

    /** Items of {@code chosen}; blank for anyone's. */
    public InboxFilter withAssignee(String chosen) {
        return new InboxFilter(decisions, statuses, source, polarity, lang, overdueOnly, chosen, false, text, sort);
    }

    /** Only the items assigned to nobody. */
    public InboxFilter withUnassigned() {
        return new InboxFilter(decisions, statuses, source, polarity, lang, overdueOnly, null, true, text, sort);
    }

    public InboxFilter withText(String chosen) {
        return new InboxFilter(decisions, statuses, source, polarity, lang, overdueOnly,
                assignee, unassigned, chosen, sort);
    }

    public InboxFilter withSort(Sort chosen) {
        return new InboxFilter(decisions, statuses, source, polarity, lang, overdueOnly,
                assignee, unassigned, text, chosen);
    }

    /** The decisions in their order of urgency, for menus and keys 1–6. */
    public static final java.util.List<String> DECISIONS = java.util.List.of("ESCALATE", "HIDE_AND_EXPLAIN",
            "CORRECT_FACTS", "RESPOND", "MONITOR", "NO_ACTION");

    /** {@code chosen} in the order of {@link #DECISIONS}, for a stable description. */
    public static Set<String> ordered(Set<String> chosen) {
        Set<String> ordered = new LinkedHashSet<>();
        DECISIONS.stream().filter(chosen::contains).forEach(ordered::add);
        ordered.addAll(chosen);
        return ordered;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
