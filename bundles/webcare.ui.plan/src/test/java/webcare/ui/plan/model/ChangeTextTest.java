package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.plan.api.Change;

class ChangeTextTest {

    @Test
    void groupsChangesByElementInTheOrderTheyFirstAppear() {
        Change phone = new Change("person:piet", "Persoon Piet", Change.Kind.CHANGED, "phone", "06 1", "06 2",
                "telefoon 06 1 \u2192 06 2");
        Change role = new Change("role:lead", "Rol Leider", Change.Kind.ADDED, null, null, null, "toegevoegd");
        Change email = new Change("person:piet", "Persoon Piet", Change.Kind.CHANGED, "email", null, "p@e.nl",
                "e-mail (geen) \u2192 p@e.nl");

        var groups = ChangeText.byLabel(List.of(phone, role, email));

        assertThat(groups.keySet()).containsExactly("Persoon Piet", "Rol Leider");
        assertThat(groups.get("Persoon Piet")).containsExactly(phone, email);
    }

    @Test
    void showsTimesInAmsterdamWinterAndSummer() {
        assertThat(ChangeText.when(Instant.parse("2026-01-15T13:05:00Z"), Locale.forLanguageTag("nl")))
                .isEqualTo("15-1-2026 14:05");
        assertThat(ChangeText.when(Instant.parse("2026-07-15T13:05:00Z"), Locale.ENGLISH))
                .isEqualTo("15 Jul 2026 15:05");
        assertThat(ChangeText.clock(Instant.parse("2026-07-15T13:05:00Z"))).isEqualTo("15:05");
        assertThat(ChangeText.clock(null)).isEqualTo("?");
        assertThat(ChangeText.when(null, Locale.ENGLISH)).isEmpty();
    }
}
