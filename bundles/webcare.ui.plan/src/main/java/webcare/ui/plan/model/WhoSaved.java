package webcare.ui.plan.model;

import java.util.Locale;
import java.util.Optional;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;

/**
 * The name to show for who saved or approved the plan. The plan book records the name that saved
 * (the workbench's user setting, else the login, such as {@code anna} or {@code root}); when the plan names that person (their
 * id, their e-mail address before the {@code @}, or their name), the person's full name is shown
 * instead, so the line reads "saved by Anna de Vries".
 */
public final class WhoSaved {

    private WhoSaved() {}

    /** {@code who} as the plan names them; {@code who} itself when the plan does not; null for null. */
    public static String name(Plan plan, String who) {
        if (who == null || plan == null) {
            return who;
        }
        return person(plan, who).map(Person::name).orElse(who);
    }

    static Optional<Person> person(Plan plan, String who) {
        String login = who.strip().toLowerCase(Locale.ROOT);
        if (login.isEmpty()) {
            return Optional.empty();
        }
        return plan.people().stream().filter(person -> person.id().equalsIgnoreCase(login)
                || person.name().strip().equalsIgnoreCase(login)
                || (person.email() != null && person.email().toLowerCase(Locale.ROOT).startsWith(login + "@")))
                .findFirst();
    }
}
