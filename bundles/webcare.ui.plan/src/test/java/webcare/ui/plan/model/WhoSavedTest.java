package webcare.ui.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhoSavedTest {

    @Test
    void showsThePersonTheLoginBelongsToByTheirEmailAddress() {
        assertThat(WhoSaved.name(SamplePlan.dutch(), "piet.jansen")).isEqualTo("Piet Jansen");
    }

    @Test
    void showsThePersonByTheirIdOrName() {
        assertThat(WhoSaved.name(SamplePlan.dutch(), "eva-bakker")).isEqualTo("Eva Bakker");
        assertThat(WhoSaved.name(SamplePlan.dutch(), "sanne visser")).isEqualTo("Sanne Visser");
    }

    @Test
    void keepsALoginThePlanDoesNotName() {
        assertThat(WhoSaved.name(SamplePlan.dutch(), "root")).isEqualTo("root");
        assertThat(WhoSaved.name(SamplePlan.dutch(), "piet")).as("a part of an address is not a match")
                .isEqualTo("piet");
        assertThat(WhoSaved.name(SamplePlan.dutch(), null)).isNull();
    }
}
