package webcare.team.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webcare.cli.api.CommandFailedException;
import webcare.launch.testing.HomeLaunch;
import webcare.store.sql.H2Store;
import webcare.store.sql.SqlTeamRepository;
import webcare.team.api.Member;
import webcare.team.api.NotPermittedException;
import webcare.team.api.Permission;
import webcare.team.api.Role;
import webcare.team.api.TeamException;

/** The team on a real store: the first user is its admin, roles are given by admins only, and checked. */
class StoredTeamTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path home;

    private H2Store store;
    private StoredTeam team;

    @BeforeEach
    void open() {
        store = new H2Store(new HomeLaunch(home));
        team = new StoredTeam(store, new SqlTeamRepository(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstUserIsTheAdminAndOthersAreViewersUntilGivenARole() throws Exception {
        assertThat(team.role("anna")).isEqualTo(Role.ADMIN);
        assertThat(team.role("bert")).isEqualTo(Role.VIEWER);

        team.setRole("bert", Role.AGENT, "anna");
        team.require("bert", Permission.REPLY);
        assertThatThrownBy(() -> team.require("bert", Permission.APPROVE_PLAN)).isInstanceOf(NotPermittedException.class)
                .hasMessage("bert is an agent: approving the crisis plan needs editor or admin; ask anna (admin) for "
                        + "the role");
        assertThatThrownBy(() -> team.require("cees", Permission.REPLY))
                .hasMessage("cees is a viewer: answering a mention needs agent or editor or admin; ask anna (admin) "
                        + "for the role");
        assertThat(team.members()).extracting(Member::user, Member::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anna", Role.ADMIN), org.assertj.core.groups.Tuple.tuple("bert", Role.AGENT));
    }

    @Test
    void onlyAnAdminGivesRolesAndTheLastAdminStays() throws Exception {
        team.role("anna");
        assertThatThrownBy(() -> team.setRole("bert", Role.ADMIN, "bert")).isInstanceOf(NotPermittedException.class)
                .hasMessageStartingWith("bert is a viewer: giving roles needs admin");
        assertThatThrownBy(() -> team.setRole("anna", Role.EDITOR, "anna")).isInstanceOf(TeamException.class)
                .hasMessage("anna is the team's only admin: give someone else the admin role first");
        assertThat(team.role("anna")).isEqualTo(Role.ADMIN);
        team.setRole("bert", Role.ADMIN, "anna");
        team.setRole("anna", Role.EDITOR, "bert");
        assertThat(team.role("anna")).isEqualTo(Role.EDITOR);
    }

    @Test
    void theCommandListsAndSetsAsThisComputersUser() throws Exception {
        TeamCommand command = new TeamCommand(team);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        command.run(List.of(), "anna", ZoneId.of("Europe/Amsterdam"), out);
        command.run(List.of("set", "bert", "editor"), "anna", ZoneId.of("Europe/Amsterdam"), out);

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("You are anna, admin.\n"
                + "anna                     admin   since 2026-12-07 10:00, by anna\n" + "bert is editor now.\n");
        assertThatThrownBy(() -> command.run(List.of("set", "cees", "agent"), "bert", ZoneId.of("Europe/Amsterdam"), out))
                .isInstanceOf(CommandFailedException.class).hasMessageStartingWith("bert is an editor: giving roles");
    }
}
