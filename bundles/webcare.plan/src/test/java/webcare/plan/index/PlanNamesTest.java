package webcare.plan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ItemRef;
import webcare.plan.testing.Plans;

class PlanNamesTest {

    private final Texts english = Texts.of(Locale.ENGLISH);
    private final Texts dutch = Texts.of(Locale.forLanguageTag("nl"));
    private final PlanNames index = new PlanNames(Plans.healthy(), english);

    @Test
    void writesTimingsAsPeopleReadThem() {
        assertThat(Timings.timing(1440, null, english)).isEqualTo("within 1 day");
        assertThat(Timings.timing(60, null, english)).isEqualTo("within 1 h");
        assertThat(Timings.timing(null, 120, english)).isEqualTo("every 2 h");
        assertThat(Timings.timing(30, 120, english)).isEqualTo("within 30 min, then every 2 h");
        assertThat(Timings.timing(null, null, english)).isEqualTo("no target time");
    }

    @Test
    void writesTimingsTheDutchWay() {
        assertThat(Timings.timing(90, 2880, dutch)).isEqualTo("binnen 1 uur 30 min, daarna elke 2 dagen");
        assertThat(Timings.timing(60, null, dutch)).isEqualTo("binnen 1 uur");
        assertThat(Timings.timing(null, 120, dutch)).isEqualTo("elke 2 uur");
        assertThat(Timings.timing(60, 120, dutch)).isEqualTo("binnen 1 uur, daarna elke 2 uur");
        assertThat(Timings.timing(null, null, dutch)).isEqualTo("geen streeftijd");
    }

    @Test
    void labelsEveryKindOfElementForPeople() {
        assertThat(List.of("organisation", "person:anna", "role:spokesperson", "task:acknowledge",
                "scenario:data-leak", "statement:data-leak/update/nl", "escalation:volume", "contact:anna",
                "calendar:promos", "fact:hours", "review:2026-01-10", "review", "person:jan")).extracting(
                        text -> index.label(ItemRef.parse(text))).containsExactly("Organisation", "Person Anna de Vries",
                                "Role Spokesperson", "Task Acknowledge publicly (Spokesperson)", "Scenario Data leak",
                                "Update template nl (Data leak)", "Escalation More than 50 negative mentions in an hour",
                                "Contact tree Anna de Vries", "Content calendar Scheduled promotions",
                                "Fact Opening hours", "Review of 10 January 2026", "Next review", "Person person:jan");
    }

    @Test
    void labelsElementsInDutch() {
        PlanNames inDutch = new PlanNames(Plans.healthy(), dutch);

        assertThat(List.of("organisation", "person:anna", "role:spokesperson", "task:acknowledge",
                "statement:data-leak/holding/en", "contact:anna", "review:2026-01-10", "review")).extracting(
                        text -> inDutch.label(ItemRef.parse(text))).containsExactly("Organisatie",
                                "Persoon Anna de Vries", "Rol Spokesperson", "Taak Acknowledge publicly (Spokesperson)",
                                "Eerste verklaring en (Data leak)", "Tak van Anna de Vries in de belboom",
                                "Review van 10 januari 2026", "Volgende review");
        assertThat(inDutch.personName("jan")).isEqualTo("'jan' (staat niet in het plan)");
    }

    @Test
    void namesPeopleAndMarksThoseNotInThePlan() {
        assertThat(index.personNames(List.of("piet", "eva"))).isEqualTo("Piet Jansen, Eva Bakker");
        assertThat(index.personNames(List.of())).isNull();
        assertThat(index.personName("jan")).isEqualTo("'jan' (not in the plan)");
    }
}
