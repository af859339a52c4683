package webcare.ui.plan.swt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import webcare.plan.api.Change;
import webcare.ui.api.WorkbenchView;

class ChangeTextTest {

    private final ResourceBundle dutch = WorkbenchView.texts(PlanEditor.class, Locale.forLanguageTag("nl"));
    private final ResourceBundle english = WorkbenchView.texts(PlanEditor.class, Locale.ENGLISH);

    @Test
    void groupsChangesByElementInTheOrderTheyFirstAppear() {
        Change phone = new Change("person:piet", "Person Piet", Change.Kind.CHANGED, "phone", "06 1", "06 2");
        Change role = new Change("role:lead", "Role Lead", Change.Kind.ADDED, null, null, null);
        Change email = new Change("person:piet", "Person Piet", Change.Kind.CHANGED, "email", null, "p@e.nl");

        var groups = ChangeText.byLabel(List.of(phone, role, email));

        assertThat(groups.keySet()).containsExactly("Person Piet", "Role Lead");
        assertThat(groups.get("Person Piet")).containsExactly(phone, email);
    }

    @Test
    void saysWhatChangedInTheWindowsLanguage() {
        Change deputies = new Change("role:w", "Rol W", Change.Kind.CHANGED, "deputies", "Anna", "Anna, Eva");

        assertThat(ChangeText.line(deputies, dutch)).isEqualTo("Vervangers: Anna \u2192 Anna, Eva");
        assertThat(ChangeText.line(deputies, english)).isEqualTo("Deputies: Anna \u2192 Anna, Eva");
        assertThat(ChangeText.line(new Change("a", "A", Change.Kind.ADDED, null, null, null), dutch))
                .isEqualTo("toegevoegd");
        assertThat(ChangeText.line(new Change("a", "A", Change.Kind.REMOVED, null, null, null), english))
                .isEqualTo("removed");
    }

    @Test
    void showsNoneForAMissingValueAndTheJsonNameForAnUnknownField() {
        Change change = new Change("p", "P", Change.Kind.CHANGED, "shoeSize", null, "44");

        assertThat(ChangeText.line(change, dutch)).isEqualTo("shoeSize: (geen) \u2192 44");
    }

    @Test
    void showsTimesInAmsterdamWinterAndSummer() {
        assertThat(ChangeText.when(Instant.parse("2026-01-15T13:05:00Z"), Locale.ENGLISH))
                .isEqualTo("15-1-2026 14:05");
        assertThat(ChangeText.when(Instant.parse("2026-07-15T13:05:00Z"), Locale.ENGLISH))
                .isEqualTo("15-7-2026 15:05");
        assertThat(ChangeText.clock(Instant.parse("2026-07-15T13:05:00Z"))).isEqualTo("15:05");
        assertThat(ChangeText.clock(null)).isEqualTo("?");
        assertThat(ChangeText.when(null, Locale.ENGLISH)).isEmpty();
    }
}
