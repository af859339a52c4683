package webcare.inbox.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import webcare.cli.api.UsageException;
import webcare.store.api.InboxRepository.Query;
import webcare.store.api.InboxRepository.Status;

/** The options of {@code inbox} as the store's query; reading the inbox itself is the store's test. */
class InboxCommandTest {

    // query() reads no service
    private final InboxCommand command = new InboxCommand(null, null, null);

    private Query query(String assignee, boolean unassigned) {
        return command.query("open", "", "", "", "", false, assignee, unassigned, "", "", "priority");
    }

    @Test
    void unassignedAsksForTheItemsOfNobody() {
        Query query = query("", true);

        assertThat(query.unassigned()).isTrue();
        assertThat(query.assignee()).isNull();
        assertThat(query.statuses()).containsExactly(Status.OPEN);
        assertThat(query("anna", false).assignee()).isEqualTo("anna");
        assertThat(query("anna", false).unassigned()).isFalse();
    }

    @Test
    void anAssigneeAndUnassignedTogetherAreAUsageError() {
        assertThatThrownBy(() -> query("anna", true)).isInstanceOf(UsageException.class)
                .hasMessage("--assignee and --unassigned exclude each other: give one of the two");
    }
}
