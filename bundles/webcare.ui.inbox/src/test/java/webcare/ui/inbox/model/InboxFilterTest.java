package webcare.ui.inbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import webcare.store.api.InboxRepository.Due;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Sort;
import webcare.store.api.InboxRepository.Status;

class InboxFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-05T14:30:00Z");

    @Test
    void startsWithTheOpenItemsByPriority() {
        Query query = InboxFilter.initial().toQuery(NOW);

        assertThat(query.statuses()).containsExactly(Status.OPEN);
        assertThat(query.decisions()).isEmpty();
        assertThat(query.sort()).isEqualTo(Sort.PRIORITY);
        assertThat(query.due()).isEqualTo(Due.ANY);
        assertThat(query.now()).isEqualTo(NOW);
        assertThat(InboxFilter.initial().narrowed()).isFalse();
    }

    @Test
    void carriesEveryChoiceIntoTheQuery() {
        InboxFilter filter = InboxFilter.initial().withDecisions(Set.of("RESPOND", "ESCALATE"))
                .withSource("twitter").withPolarity("NEGATIVE").withLang("nl").withOverdueOnly(true)
                .withAssignee(" anna ").withText("storing").withSort(Sort.DUE);

        Query query = filter.toQuery(NOW);

        assertThat(query.decisions()).containsExactlyInAnyOrder("RESPOND", "ESCALATE");
        assertThat(query.source()).isEqualTo("twitter");
        assertThat(query.polarity()).isEqualTo("NEGATIVE");
        assertThat(query.lang()).isEqualTo("nl");
        assertThat(query.due()).isEqualTo(Due.OVERDUE);
        assertThat(query.assignee()).isEqualTo("anna");
        assertThat(query.text()).isEqualTo("storing");
        assertThat(query.sort()).isEqualTo(Sort.DUE);
        assertThat(filter.narrowed()).isTrue();
    }

    @Test
    void readsBlankTextsAsAnyAndNoStatusAsEveryStatus() {
        Query query = InboxFilter.initial().withText("   ").withAssignee("").withStatuses(Set.of()).toQuery(NOW);

        assertThat(query.text()).isNull();
        assertThat(query.assignee()).isNull();
        assertThat(query.statuses()).isEqualTo(EnumSet.allOf(Status.class));
    }

    @Test
    void asksForUnassignedItemsUntilSomeoneIsChosen() {
        InboxFilter unassigned = InboxFilter.initial().withAssignee("anna").withUnassigned();

        assertThat(unassigned.toQuery(NOW).unassigned()).isTrue();
        assertThat(unassigned.toQuery(NOW).assignee()).isNull();
        assertThat(unassigned.narrowed()).isTrue();
        Query bert = unassigned.withAssignee("bert").toQuery(NOW);
        assertThat(bert.unassigned()).isFalse();
        assertThat(bert.assignee()).isEqualTo("bert");
        assertThat(InboxFilter.initial().toQuery(NOW).unassigned()).isFalse();
    }

    @Test
    void ordersChosenDecisionsByUrgency() {
        assertThat(InboxFilter.ordered(Set.of("NO_ACTION", "RESPOND", "ESCALATE")))
                .containsExactly("ESCALATE", "RESPOND", "NO_ACTION");
    }
}
