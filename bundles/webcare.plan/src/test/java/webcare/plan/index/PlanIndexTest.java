package webcare.plan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.model.plan.ItemRef;
import webcare.plan.testing.Plans;

class PlanIndexTest {

    private final PlanIndex index = new PlanIndex(Plans.healthy());

    @Test
    void writesMinutesAsPeopleReadThem() {
        assertThat(Durations.minutes(0)).isEqualTo("0 min");
        assertThat(Durations.minutes(45)).isEqualTo("45 min");
        assertThat(Durations.minutes(60)).isEqualTo("1 h");
        assertThat(Durations.minutes(90)).isEqualTo("1 h 30 min");
        assertThat(Durations.minutes(1440)).isEqualTo("24 h");
        assertThat(Durations.timing(60, null)).isEqualTo("within 1 h");
        assertThat(Durations.timing(null, 120)).isEqualTo("every 2 h");
        assertThat(Durations.timing(30, 120)).isEqualTo("within 30 min, then every 2 h");
        assertThat(Durations.timing(null, null)).isEqualTo("no target time");
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
                                "Fact Opening hours", "Review of 2026-01-10", "Next review", "Person person:jan");
    }

    @Test
    void namesPeopleAndMarksThoseNotInThePlan() {
        assertThat(index.personNames(List.of("piet", "eva"))).isEqualTo("Piet Jansen, Eva Bakker");
        assertThat(index.personNames(List.of())).isNull();
        assertThat(index.personName("jan")).isEqualTo("'jan' (not in the plan)");
    }
}
