package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;

class TeamTest {

    private static Person person(String id, String name, String email) {
        return new Person(id, name, null, null, List.of(), email, List.of("nl"), null);
    }

    private static final Plan PLAN = Plan.empty("Webwinkel").withPeople(List.of(
            person("anna-de-vries", "Anna de Vries", "anna@webwinkel.nl"),
            person("bert-bakker", "Bert Bakker", null),
            person("cees", "Cees de Boer", "c.deboer@webwinkel.nl")));

    @Test
    void theUserComesFirstThenTheSettingThenThePlansPeopleEachOnce() {
        Team team = Team.of(List.of("anna", "Dirk", "bert bakker"), PLAN);

        assertThat(team.me()).isEqualTo("anna");
        assertThat(team.everyone()).as("Anna de Vries is the user: her e-mail name is 'anna'")
                .containsExactly("anna", "Dirk", "bert bakker", "Cees de Boer");
        assertThat(team.others()).containsExactly("Dirk", "bert bakker", "Cees de Boer");
    }

    @Test
    void theUserIsFoundInThePlanByIdOrFullNameToo() {
        assertThat(Team.of(List.of("cees"), PLAN).everyone()).containsExactly("cees", "Anna de Vries", "Bert Bakker");
        assertThat(Team.of(List.of("Bert Bakker"), PLAN).everyone())
                .containsExactly("Bert Bakker", "Anna de Vries", "Cees de Boer");
    }

    @Test
    void withoutAPlanTheTeamIsTheSettingAlone() {
        assertThat(Team.of(List.of("root"), null).everyone()).containsExactly("root");
    }

    @Test
    void typingFindsNamesByAWordsStartFirstThenAnywhere() {
        Team team = Team.of(List.of("anna", "Dirk"), PLAN);

        assertThat(team.matching("de")).containsExactly("Cees de Boer");
        assertThat(team.matching("b")).as("Bert and Boer start with b; nothing else contains it")
                .containsExactly("Bert Bakker", "Cees de Boer");
        assertThat(team.matching("IR")).containsExactly("Dirk");
        assertThat(team.matching("  ")).isEqualTo(team.everyone());
        assertThat(team.matching("zz")).isEmpty();
    }

    @Test
    void aTeamWithoutTheUserFirstIsRefused() {
        assertThatThrownBy(() -> new Team("anna", List.of("bert"))).isInstanceOf(IllegalArgumentException.class);
    }
}
