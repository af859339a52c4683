package webcare.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import webcare.store.api.TeamRepository.MemberRow;

/** The team's members on both databases: stored, their role changed, by name. */
class SqlTeamRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00.123456Z");

    @RegisterExtension
    final OpenedStore store = new OpenedStore(NOW);
    private final SqlTeamRepository team = new SqlTeamRepository();

    @Test
    void storesMembersAndTheirNewRole() throws Exception {
        store.inTransaction(tx -> {
            team.save(tx, new MemberRow("bert", "AGENT", NOW, "anna"));
            team.save(tx, new MemberRow("anna", "ADMIN", NOW, "anna"));
            return null;
        });
        store.inTransaction(tx -> {
            team.save(tx, new MemberRow("bert", "EDITOR", NOW.plusSeconds(60), "anna"));
            return null;
        });

        assertThat(store.<List<MemberRow>>inTransaction(team::members)).containsExactly(
                new MemberRow("anna", "ADMIN", NOW, "anna"), new MemberRow("bert", "EDITOR", NOW.plusSeconds(60), "anna"));
        assertThatThrownBy(() -> store.inTransaction(tx -> {
            team.save(tx, new MemberRow(" ", "AGENT", NOW, "anna"));
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
