package webcare.ui.inbox.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;

/**
 * Who items can be assigned to: the user first, the workbench's {@code team} setting, then the
 * crisis plan's people by their full names, each once. The plan's entry for the user (their id,
 * e-mail name or full name is the user's setting) is the user, so "me" stays one name.
 *
 * @param me       the user, as items assigned to them are stored
 * @param everyone {@code me} first, then the others
 */
public record Team(String me, List<String> everyone) {

    public Team {
        everyone = List.copyOf(everyone);
        if (everyone.isEmpty() || !everyone.get(0).equals(me)) {
            throw new IllegalArgumentException("the team starts with the user " + me + ", not " + everyone);
        }
    }

    /**
     * @param site the workbench's team: the user first, then the {@code team} setting
     * @param plan the crisis plan, or null when there is none
     */
    public static Team of(List<String> site, Plan plan) {
        String me = site.get(0);
        Map<String, String> names = new LinkedHashMap<>();
        site.forEach(name -> names.putIfAbsent(key(name), name));
        if (plan != null) {
            for (Person person : plan.people()) {
                if (!isUser(person, me) && !person.name().isBlank()) {
                    names.putIfAbsent(key(person.name()), person.name().strip());
                }
            }
        }
        return new Team(me, new ArrayList<>(names.values()));
    }

    /** The others: everyone but the user. */
    public List<String> others() {
        return everyone.subList(1, everyone.size());
    }

    /**
     * The names {@code typed} finds, for a picker: those with a word starting with it first, then
     * those containing it elsewhere, each in team order, ignoring case; everyone for blank.
     */
    public List<String> matching(String typed) {
        String wanted = typed == null ? "" : key(typed);
        if (wanted.isEmpty()) {
            return everyone;
        }
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : everyone) {
            String known = key(name);
            if (known.startsWith(wanted) || known.contains(" " + wanted)) {
                starting.add(name);
            } else if (known.contains(wanted)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting);
    }

    private static boolean isUser(Person person, String me) {
        String login = key(me);
        return person.id().equalsIgnoreCase(login) || key(person.name()).equals(login)
                || (person.email() != null && person.email().toLowerCase(Locale.ROOT).startsWith(login + "@"));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
